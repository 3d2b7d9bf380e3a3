<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>The backup failed: {error}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Checking today&apos;s backup…</source>
        <translation>Heutige Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Today&apos;s backup was saved as {name}.</source>
        <translation>Die heutige Sicherung wurde als {name} gespeichert.</translation>
    </message>
    <message>
        <source>Back up the shop</source>
        <translation>Shop sichern</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>The shop was backed up to {path}.</source>
        <translation>Der Shop wurde in {path} gesichert.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>A shop on a server is not restored over while desks use it: move the backup file into a new, empty database (jitdesk move-to-server) and open that one.</source>
        <translation>Ein Geschäft auf einem Server wird nicht überschrieben, während Arbeitsplätze damit arbeiten: verschieben Sie die Sicherungsdatei in eine neue, leere Datenbank (jitdesk move-to-server) und öffnen Sie diese.</translation>
    </message>
    <message>
        <source>Replace the shop {shop} with the backup {backup}? The shop as it is now is saved in its backups folder first.</source>
        <translation>Den Shop {shop} durch die Sicherung {backup} ersetzen? Der aktuelle Stand des Shops wird vorher in seinem Sicherungsordner gespeichert.</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mail-Passwort</translation>
    </message>
    <message>
        <source>Password for {0} on {1}:</source>
        <translation>Passwort für {0} auf {1}:</translation>
    </message>
    <message>
        <source>No mail server is set up; open Settings → Email.</source>
        <translation>Es ist kein Mailserver eingerichtet; öffnen Sie Einstellungen → E-Mail.</translation>
    </message>
    <message>
        <source>Pickup notices</source>
        <translation>Abholscheine</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>No ready order waits for an e-mail.</source>
        <translation>Keine abholbereite Bestellung wartet auf eine E-Mail.</translation>
    </message>
    <message>
        <source>E-mailing pickup notices…</source>
        <translation>Abholscheine werden gemailt…</translation>
    </message>
    <message>
        <source>E-mailing reminders…</source>
        <translation>Erinnerungen werden per E-Mail gesendet…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>E-mailing {0} ({1} of {2})…</source>
        <translation>{0} wird gemailt ({1} von {2})…</translation>
    </message>
    <message>
        <source>Pickup notice</source>
        <translation>Abholschein</translation>
    </message>
    <message numerus="yes">
        <source>Your mail program has a message ready for {numbers}. Attach the pickup notice PDF (its folder is open), send the message, then mark the %n order(s) notified.</source>
        <translation>
            <numerusform>Ihr Mailprogramm hat eine Nachricht für {numbers} vorbereitet. Hängen Sie das PDF des Abholscheins an (sein Ordner ist geöffnet), senden Sie die Nachricht und markieren Sie dann die Bestellung als benachrichtigt.</numerusform>
            <numerusform>Ihr Mailprogramm hat eine Nachricht für {numbers} vorbereitet. Hängen Sie das PDF des Abholscheins an (sein Ordner ist geöffnet), senden Sie die Nachricht und markieren Sie dann die %n Bestellungen als benachrichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark notified</source>
        <translation>Als benachrichtigt markieren</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>&amp;Customer orders…</source>
        <translation>&amp;Kundenbestellungen…</translation>
    </message>
    <message>
        <source>&amp;Supplier orders…</source>
        <translation>&amp;Lieferantenbestellungen…</translation>
    </message>
    <message>
        <source>C&amp;ustomers…</source>
        <translation>K&amp;unden…</translation>
    </message>
    <message>
        <source>S&amp;urplus…</source>
        <translation>Ü&amp;berschuss…</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>{0} exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Supplier &amp;price list…</source>
        <translation>&amp;Preisliste des Lieferanten…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>E-mail ready &amp;pickup notices…</source>
        <translation>Abholscheine für abholbereite Bestellungen &amp;mailen…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-Mail…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Dokumentspra&amp;che:</translation>
    </message>
    <message>
        <source>Tell &amp;by:</source>
        <translation>&amp;Benachrichtigen per:</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Kunden anlegen</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS (SSL)</source>
        <translation>TLS (SSL)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Supplier order</source>
        <translation>Lieferantenbestellung</translation>
    </message>
    <message>
        <source>Pickup reminder</source>
        <translation>Abholerinnerung</translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>Keep it in the system keyring</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Ask for the password each time</source>
        <translation>Jedes Mal nach dem Passwort fragen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password &amp;kept:</source>
        <translation>Passwort &amp;gespeichert:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver</source>
        <translation>&amp;Mailserver</translation>
    </message>
    <message>
        <source>Messa&amp;ges</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>asked for each time mail is sent</source>
        <translation>wird bei jedem Versand abgefragt</translation>
    </message>
    <message>
        <source>Send mail unencrypted?</source>
        <translation>E-Mail unverschlüsselt senden?</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Message for:</source>
        <translation>&amp;Nachricht für:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Placeholders: {names}. Write $$ for a dollar sign.</source>
        <translation>Platzhalter: {names}. Schreiben Sie $$ für ein Dollarzeichen.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>In the shop</source>
        <translation>Im Laden</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Value in shop</source>
        <translation>Wert im Laden</translation>
    </message>
    <message>
        <source>Hand over {number}</source>
        <translation>{number} übergeben</translation>
    </message>
    <message>
        <source>This order is not complete. Tick the lines to hand over now; the rest stays on order.</source>
        <translation>Diese Bestellung ist nicht vollständig. Haken Sie die Positionen an, die jetzt übergeben werden; der Rest bleibt bestellt.</translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation>Artikel der Bestellung</translation>
    </message>
    <message>
        <source>Payment taken now</source>
        <translation>Jetzt erhaltene Zahlung</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Print a handover &amp;receipt</source>
        <translation>&amp;Übergabebeleg drucken</translation>
    </message>
    <message>
        <source>Order total:</source>
        <translation>Bestellsumme:</translation>
    </message>
    <message>
        <source>Paid so far:</source>
        <translation>Bisher bezahlt:</translation>
    </message>
    <message>
        <source>Balance due:</source>
        <translation>Offener Betrag:</translation>
    </message>
    <message>
        <source>&amp;Payment now:</source>
        <translation>&amp;Zahlung jetzt:</translation>
    </message>
    <message>
        <source>&amp;Complete handover</source>
        <translation>Übergabe &amp;abschließen</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Return</source>
        <translation>Enter oder Strg+Eingabe</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>Neue Menge</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was passieren wird</translation>
    </message>
    <message>
        <source>&amp;New quantity:</source>
        <translation>&amp;Neue Menge:</translation>
    </message>
    <message>
        <source>Reduce line {no}</source>
        <translation>Position {no} reduzieren</translation>
    </message>
    <message>
        <source>Line {no}: {name}, {qty} ordered, {handed} handed over.</source>
        <translation>Position {no}: {name}, {qty} bestellt, {handed} übergeben.</translation>
    </message>
    <message>
        <source>&amp;Reduce</source>
        <translation>&amp;Reduzieren</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Cancelling the order will do this:</source>
        <translation>Das Stornieren der Bestellung bewirkt Folgendes:</translation>
    </message>
    <message>
        <source>Cancel &amp;order</source>
        <translation>Bestellung &amp;stornieren</translation>
    </message>
    <message>
        <source>&amp;Keep as is</source>
        <translation>&amp;Unverändert lassen</translation>
    </message>
    <message>
        <source>Nothing else changes.</source>
        <translation>Sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>Shopify order export</source>
        <translation>Shopify-Bestellexport</translation>
    </message>
    <message>
        <source>WooCommerce order export</source>
        <translation>WooCommerce-Bestellexport</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>jitdesk CSV: {0}</source>
        <translation>jitdesk-CSV: {0}</translation>
    </message>
    <message>
        <source>Supplier price list (CSV or Excel)…</source>
        <translation>Preisliste eines Lieferanten (CSV oder Excel)…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Choose a file to see what will be imported.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was importiert wird.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <source>&amp;Map SKU…</source>
        <translation>SKU &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Every SKU of this file is known.</source>
        <translation>Alle Artikelnummern dieser Datei sind bekannt.</translation>
    </message>
    <message>
        <source>Map co&amp;lumns…</source>
        <translation>Spa&amp;lten zuordnen…</translation>
    </message>
    <message>
        <source>Import the &amp;other orders and leave these out</source>
        <translation>Die &amp;übrigen Bestellungen importieren und diese auslassen</translation>
    </message>
    <message>
        <source>The orders with a problem are not imported now; import the same file again once they are fixed and only they are added.</source>
        <translation>Die Bestellungen mit einem Problem werden jetzt nicht importiert; importieren Sie dieselbe Datei erneut, sobald sie behoben sind – dann kommen nur sie hinzu.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Zu importierende Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{0} files are checked as a whole when you import them.</source>
        <translation>{0}-Dateien werden beim Importieren als Ganzes geprüft.</translation>
    </message>
    <message>
        <source>Unknown SKU</source>
        <translation>Unbekannte SKU</translation>
    </message>
    <message>
        <source>{0} (lines {1})</source>
        <translation>{0} (Zeilen {1})</translation>
    </message>
    <message>
        <source>{0} (line {1})</source>
        <translation>{0} (Zeile {1})</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <source>Left out if you choose</source>
        <translation>Ausgelassen, wenn Sie wollen</translation>
    </message>
    <message>
        <source> (new customer)</source>
        <translation> (neuer Kunde)</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <source>There is no new order in this file to import.</source>
        <translation>Diese Datei enthält keine neue Bestellung zum Importieren.</translation>
    </message>
    <message>
        <source>Fix the problems listed, or tick “Import the other orders and leave these out”.</source>
        <translation>Beheben Sie die aufgeführten Probleme oder wählen Sie „Die übrigen Bestellungen importieren und diese auslassen“.</translation>
    </message>
    <message>
        <source>Fix the problems listed first; nothing is imported until then.</source>
        <translation>Beheben Sie zuerst die aufgeführten Probleme; bis dahin wird nichts importiert.</translation>
    </message>
    <message>
        <source>Map SKU</source>
        <translation>SKU zuordnen</translation>
    </message>
    <message>
        <source>Which of our products is {0} “{1}”? Enter our SKU:</source>
        <translation>Welches unserer Produkte ist {0} „{1}“? Geben Sie unsere SKU ein:</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>{file} wird importiert</translation>
    </message>
    <message>
        <source>New orders:</source>
        <translation>Neue Bestellungen:</translation>
    </message>
    <message numerus="yes">
        <source>New orders (the first %n):</source>
        <translation>
            <numerusform>Neue Bestellungen (die erste):</numerusform>
            <numerusform>Neue Bestellungen (die ersten %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is imported; close the dialog.</source>
        <translation>Diese Datei ist importiert; schließen Sie den Dialog.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>Angebot bearbeiten</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Angebot hinzufügen</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inaktiv)</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>&amp;Preferred offer for this product</source>
        <translation>&amp;Bevorzugtes Angebot für dieses Produkt</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>Akt&amp;iv</translation>
    </message>
    <message>
        <source>Item not in the catalogue</source>
        <translation>Artikel nicht im Katalog</translation>
    </message>
    <message>
        <source>Describe what the customer asked for. The owner reviews the item (supplier, cost) before it is ordered.</source>
        <translation>Beschreiben Sie, was der Kunde wünscht. Der Inhaber prüft den Artikel (Lieferant, Einkaufspreis), bevor er bestellt wird.</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <source>expected cost</source>
        <translation>erwarteter Einkaufspreis</translation>
    </message>
    <message>
        <source>price quoted</source>
        <translation>genannter Preis</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Lieferant:</translation>
    </message>
    <message>
        <source>Supplier&apos;s c&amp;ode:</source>
        <translation>Artikelnr. des Lie&amp;feranten:</translation>
    </message>
    <message>
        <source>E&amp;xpected cost:</source>
        <translation>Erwarteter E&amp;inkaufspreis:</translation>
    </message>
    <message>
        <source>&amp;Price quoted:</source>
        <translation>Genannter &amp;Preis:</translation>
    </message>
    <message>
        <source>Add to the &amp;order</source>
        <translation>Zur Bestellung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Supplier S&amp;KU:</source>
        <translation>Lieferanten-S&amp;KU:</translation>
    </message>
    <message>
        <source>Unit &amp;cost:</source>
        <translation>&amp;Stückkosten:</translation>
    </message>
    <message>
        <source>Pac&amp;k size:</source>
        <translation>&amp;Packungsgröße:</translation>
    </message>
    <message>
        <source>&amp;Minimum quantity:</source>
        <translation>&amp;Mindestmenge:</translation>
    </message>
    <message>
        <source>&amp;Lead time override (days):</source>
        <translation>&amp;Abweichende Lieferzeit (Tage):</translation>
    </message>
    <message>
        <source>Every supplier already has an offer for this product.</source>
        <translation>Jeder Lieferant hat bereits ein Angebot für dieses Produkt.</translation>
    </message>
    <message>
        <source>Save offer</source>
        <translation>Angebot speichern</translation>
    </message>
    <message>
        <source>supplier&apos;s: {days}</source>
        <translation>Lieferant: {days}</translation>
    </message>
    <message>
        <source>Choose a supplier.</source>
        <translation>Wählen Sie einen Lieferanten.</translation>
    </message>
    <message>
        <source>pack size</source>
        <translation>Packungsgröße</translation>
    </message>
    <message>
        <source>minimum quantity</source>
        <translation>Mindestmenge</translation>
    </message>
    <message>
        <source>lead time</source>
        <translation>Lieferzeit</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>New customer order</source>
        <translation>Neue Kundenbestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>Item not in the catalo&amp;gue…</source>
        <translation>Artikel nicht im Kata&amp;log…</translation>
    </message>
    <message>
        <source>Add something the shop has never sold; the owner reviews it before it is ordered</source>
        <translation>Etwas hinzufügen, das der Laden noch nie verkauft hat; der Inhaber prüft es, bevor es bestellt wird</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Position &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Ausgewählte Position entfernen (Entf)</translation>
    </message>
    <message>
        <source>Anything the shop should remember about this order</source>
        <translation>Was sich der Shop zu dieser Bestellung merken soll</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Deposit paid by</source>
        <translation>Anzahlung bezahlt per</translation>
    </message>
    <message>
        <source>&amp;Log order</source>
        <translation>Bestellung e&amp;rfassen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Save the order (Ctrl+Enter)</source>
        <translation>Bestellung speichern (Strg+Enter)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Add product:</source>
        <translation>Produkt &amp;hinzufügen:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Summe:</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>An&amp;zahlung:</translation>
    </message>
    <message>
        <source>Promised for:</source>
        <translation>Zugesagt für:</translation>
    </message>
    <message>
        <source>Order {number} ({status})</source>
        <translation>Bestellung {number} ({status})</translation>
    </message>
    <message>
        <source>Edit order {number}</source>
        <translation>Bestellung {number} bearbeiten</translation>
    </message>
    <message>
        <source>Only open orders can be changed</source>
        <translation>Nur offene Bestellungen können geändert werden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>{sku} has no supplier offer yet, so it cannot be promised; add one in the catalog first.</source>
        <translation>{sku} hat noch kein Lieferantenangebot und kann daher nicht zugesagt werden; legen Sie zuerst eines im Katalog an.</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation>wird noch bestätigt</translation>
    </message>
    <message>
        <source>add a product to see the date</source>
        <translation>Produkt hinzufügen, um das Datum zu sehen</translation>
    </message>
    <message>
        <source>The latest promised date of the lines; set by supplier lead times</source>
        <translation>Das späteste zugesagte Datum der Positionen; ergibt sich aus den Lieferzeiten der Lieferanten</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of {sku}</source>
        <translation>
            <numerusform>%n Stück {sku}</numerusform>
            <numerusform>%n Stück {sku}</numerusform>
        </translation>
    </message>
    <message>
        <source>In surplus now: {items}. Logging the order puts them aside for this customer, so they can take them home today.</source>
        <translation>Jetzt im Überbestand: {items}. Beim Erfassen der Bestellung wird die Ware für diesen Kunden zurückgelegt; er kann sie heute mitnehmen.</translation>
    </message>
    <message>
        <source>The deposit is more than the order total.</source>
        <translation>Die Anzahlung ist höher als die Bestellsumme.</translation>
    </message>
    <message>
        <source>Choose the customer from the list, or add them with New customer.</source>
        <translation>Wählen Sie den Kunden aus der Liste oder legen Sie ihn mit „Neuer Kunde“ an.</translation>
    </message>
    <message>
        <source>Add at least one product: scan it or type its SKU or name above.</source>
        <translation>Fügen Sie mindestens ein Produkt hinzu: scannen Sie es oder geben Sie oben seine SKU oder seinen Namen ein.</translation>
    </message>
    <message>
        <source>{number} is ready now: everything is in the shop. Hand it over now?</source>
        <translation>{number} ist jetzt abholbereit: Alles ist im Geschäft. Möchten Sie die Bestellung jetzt übergeben?</translation>
    </message>
    <message>
        <source>Part of {number} is in the shop now and put aside. Hand that part over now?</source>
        <translation>Ein Teil von {number} ist jetzt im Geschäft und zurückgelegt. Möchten Sie diesen Teil jetzt übergeben?</translation>
    </message>
    <message>
        <source>Ready now — hand over?</source>
        <translation>Jetzt abholbereit – übergeben?</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Jetzt übergeben…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Payment for {number}</source>
        <translation>Zahlung für {number}</translation>
    </message>
    <message>
        <source>Balance due: {balance}</source>
        <translation>Offener Betrag: {balance}</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <source>Choose how the call went first.</source>
        <translation>Wählen Sie zuerst aus, wie der Anruf verlaufen ist.</translation>
    </message>
    <message>
        <source>&amp;Reached the customer</source>
        <translation>Kunden &amp;erreicht</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>&amp;Keine Antwort</translation>
    </message>
    <message>
        <source>Left a &amp;message</source>
        <translation>&amp;Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>&amp;Wrong number</source>
        <translation>&amp;Falsche Nummer</translation>
    </message>
    <message>
        <source>Log a call about {number}</source>
        <translation>Anruf zu {number} erfassen</translation>
    </message>
    <message>
        <source>No phone number is saved for this customer.</source>
        <translation>Für diesen Kunden ist keine Telefonnummer gespeichert.</translation>
    </message>
    <message>
        <source>Phone number to call</source>
        <translation>Anzurufende Telefonnummer</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Bestellung:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Wants to be told by:</source>
        <translation>Möchte benachrichtigt werden per:</translation>
    </message>
    <message>
        <source>Told so far:</source>
        <translation>Bereits benachrichtigt:</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Wie ist der Anruf verlaufen?</translation>
    </message>
    <message>
        <source>e.g. comes on Friday after work</source>
        <translation>z. B. kommt am Freitag nach der Arbeit</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>Anruf &amp;speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Yes, the customer was told the order is ready.</source>
        <translation>Ja, der Kunde weiß, dass die Bestellung abholbereit ist.</translation>
    </message>
    <message>
        <source>Not yet: the order is ready and waiting.</source>
        <translation>Noch nicht: Die Bestellung ist abholbereit und wartet.</translation>
    </message>
    <message>
        <source>Not yet: the order is still waiting for goods.</source>
        <translation>Noch nicht: Die Bestellung wartet noch auf Ware.</translation>
    </message>
    <message>
        <source>Only “Reached the customer” counts as telling them; after any other outcome the order stays on the list of customers to tell.</source>
        <translation>Nur „Kunden erreicht“ gilt als benachrichtigt; bei jedem anderen Ergebnis bleibt die Bestellung auf der Liste der noch zu benachrichtigenden Kunden.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Our SKU</source>
        <translation>Unsere SKU</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Packungsgröße</translation>
    </message>
    <message>
        <source>Minimum quantity</source>
        <translation>Mindestmenge</translation>
    </message>
    <message>
        <source>Supplier price list</source>
        <translation>Preisliste des Lieferanten</translation>
    </message>
    <message>
        <source>Price list file</source>
        <translation>Preislistendatei</translation>
    </message>
    <message>
        <source>Mark offers that are not in the list as &amp;inactive</source>
        <translation>Angebote, die nicht in der Liste stehen, als &amp;inaktiv markieren</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Old cost</source>
        <translation>Alte Kosten</translation>
    </message>
    <message>
        <source>New cost</source>
        <translation>Neue Kosten</translation>
    </message>
    <message>
        <source>Price list changes</source>
        <translation>Änderungen der Preisliste</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Choose the price list</source>
        <translation>Preisliste auswählen</translation>
    </message>
    <message>
        <source>Price lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Preislisten (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Problem, line {0}</source>
        <translation>Problem, Zeile {0}</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Kostenänderung</translation>
    </message>
    <message>
        <source>Pack / minimum</source>
        <translation>Packung / Minimum</translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation>Nicht in der Liste</translation>
    </message>
    <message>
        <source>Send {number}</source>
        <translation>{number} senden</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{number}&lt;/b&gt; to &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n line(s), value {value}&lt;br&gt;Expected if sent today: {expected}</source>
        <translation>
            <numerusform>&lt;b&gt;{number}&lt;/b&gt; an &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n Position, Wert {value}&lt;br&gt;Erwartet bei Versand heute: {expected}</numerusform>
            <numerusform>&lt;b&gt;{number}&lt;/b&gt; an &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n Positionen, Wert {value}&lt;br&gt;Erwartet bei Versand heute: {expected}</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{number}&lt;/b&gt; to &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n line(s)&lt;br&gt;Expected if sent today: {expected}</source>
        <translation>
            <numerusform>&lt;b&gt;{number}&lt;/b&gt; an &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n Position&lt;br&gt;Erwartet bei Versand heute: {expected}</numerusform>
            <numerusform>&lt;b&gt;{number}&lt;/b&gt; an &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n Positionen&lt;br&gt;Erwartet bei Versand heute: {expected}</numerusform>
        </translation>
    </message>
    <message>
        <source>Print, save or e-mail the order for the supplier, then mark it sent (e-mailing through the mail server marks it sent by itself). Once sent it is locked.</source>
        <translation>Drucken, speichern oder mailen Sie die Bestellung für den Lieferanten und markieren Sie sie dann als gesendet (beim Mailen über den Mailserver geschieht das von selbst). Nach dem Senden ist sie gesperrt.</translation>
    </message>
    <message>
        <source>This order is below {supplier}&apos;s minimum order: hold it until more is needed, or send it anyway.</source>
        <translation>Diese Bestellung liegt unter dem Mindestbestellwert von {supplier}: warten Sie, bis mehr benötigt wird, oder senden Sie sie trotzdem.</translation>
    </message>
    <message>
        <source>Send anyway, below the minimum</source>
        <translation>Trotzdem senden, unter dem Mindestwert</translation>
    </message>
    <message>
        <source>This order is worth {value}, below {supplier}&apos;s minimum order of {minimum}: hold it until more is needed, or send it anyway.</source>
        <translation>Diese Bestellung hat einen Wert von {value} und liegt unter dem Mindestbestellwert von {supplier} ({minimum}): warten Sie, bis mehr benötigt wird, oder senden Sie sie trotzdem.</translation>
    </message>
    <message>
        <source>Send anyway, below the minimum of {minimum}</source>
        <translation>Trotzdem senden, unter dem Mindestwert von {minimum}</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>Als gesendet &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Email to supplier…</source>
        <translation>An Lieferanten m&amp;ailen…</translation>
    </message>
    <message>
        <source>Send the order PDF to {email}</source>
        <translation>Das Bestell-PDF an {email} senden</translation>
    </message>
    <message>
        <source>The supplier has no e-mail address; add it in Suppliers.</source>
        <translation>Der Lieferant hat keine E-Mail-Adresse; tragen Sie sie unter Lieferanten ein.</translation>
    </message>
    <message>
        <source>{number} marked sent; it is locked now.</source>
        <translation>{number} als gesendet markiert; die Bestellung ist jetzt gesperrt.</translation>
    </message>
    <message>
        <source>E-mailing {number} to {supplier}…</source>
        <translation>{number} wird an {supplier} gemailt…</translation>
    </message>
    <message>
        <source>{number} e-mailed to {to} and marked sent.</source>
        <translation>{number} an {to} gemailt und als gesendet markiert.</translation>
    </message>
    <message>
        <source>No mail server is set up (Settings → Email), so your mail program opened with the message. Attach “{file}” from the folder that opened, send it, then press Mark sent.</source>
        <translation>Es ist kein Mailserver eingerichtet (Einstellungen → E-Mail), daher wurde Ihr Mailprogramm mit der Nachricht geöffnet. Hängen Sie „{file}“ aus dem geöffneten Ordner an, senden Sie die Nachricht und klicken Sie dann auf „Als gesendet markieren“.</translation>
    </message>
    <message>
        <source>jitdesk</source>
        <translation>jitdesk</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Something went wrong inside jitdesk. What you saved before is safe; the last action was not completed.</source>
        <translation>In jitdesk ist ein Fehler aufgetreten. Was Sie vorher gespeichert haben, ist sicher; die letzte Aktion wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Details were written to {path}. Please send that file to whoever supports you.</source>
        <translation>Einzelheiten wurden in {path} geschrieben. Bitte senden Sie diese Datei an Ihren Support.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Opening the shop…</source>
        <translation>Shop wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New shop…</source>
        <translation>&amp;Neuer Shop…</translation>
    </message>
    <message>
        <source>&amp;Open shop…</source>
        <translation>Shop ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open shop on a &amp;server…</source>
        <translation>Geschäft auf einem &amp;Server öffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent shops</source>
        <translation>&amp;Zuletzt geöffnete Shops</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Neue Bestellung…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About jitdesk</source>
        <translation>&amp;Über jitdesk</translation>
    </message>
    <message>
        <source>No other shops yet</source>
        <translation>Noch keine anderen Shops</translation>
    </message>
    <message>
        <source>About jitdesk</source>
        <translation>Über jitdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;jitdesk {version}&lt;/h3&gt;&lt;p&gt;The just-in-time order desk for small shops: customer orders, supplier orders, receiving and pickup, in one shop file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;jitdesk {version}&lt;/h3&gt;&lt;p&gt;Der Just-in-time-Bestelltisch für kleine Läden: Kundenbestellungen, Lieferantenbestellungen, Wareneingang und Abholung in einer Shop-Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Line {no}: {problem}</source>
        <translation>Position {no}: {problem}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Restbetrag</translation>
    </message>
    <message>
        <source>Late: promised for {date} and not ready yet.</source>
        <translation>Verspätet: zugesagt für {date}, noch nicht abholbereit.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Packung</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packungen</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>How the quantity was reached</source>
        <translation>Wie die Menge zustande kam</translation>
    </message>
    <message>
        <source>For customers</source>
        <translation>Für Kunden</translation>
    </message>
    <message>
        <source>From surplus on hand (no need to order)</source>
        <translation>Aus vorhandenem Überschuss (keine Bestellung nötig)</translation>
    </message>
    <message>
        <source>taken from surplus on hand</source>
        <translation>aus vorhandenem Überschuss genommen</translation>
    </message>
    <message>
        <source>From units already on order (no need to order)</source>
        <translation>Aus bereits bestellten Einheiten (keine Bestellung nötig)</translation>
    </message>
    <message>
        <source>already on {number} ({status})</source>
        <translation>bereits auf {number} ({status})</translation>
    </message>
    <message>
        <source>Cannot meet the promised date</source>
        <translation>Zugesagtes Datum nicht einzuhalten</translation>
    </message>
    <message>
        <source>promised {promised}, expected {expected}</source>
        <translation>zugesagt {promised}, erwartet {expected}</translation>
    </message>
    <message>
        <source>To review: needs a supplier and cost before it can be ordered</source>
        <translation>Zu prüfen: braucht Lieferant und Einkaufspreis, bevor bestellt werden kann</translation>
    </message>
    <message>
        <source>added at the counter; complete or merge it in Review new items</source>
        <translation>an der Theke erfasst; unter „Neue Artikel prüfen“ vervollständigen oder zusammenführen</translation>
    </message>
    <message>
        <source>Cannot be ordered: no supplier offer</source>
        <translation>Nicht bestellbar: kein Lieferantenangebot</translation>
    </message>
    <message>
        <source>no active supplier offer; add one in the catalog</source>
        <translation>kein aktives Lieferantenangebot; legen Sie eines im Katalog an</translation>
    </message>
    <message>
        <source>into draft {number}</source>
        <translation>in Entwurf {number}</translation>
    </message>
    <message>
        <source>new order</source>
        <translation>neue Bestellung</translation>
    </message>
    <message>
        <source>{supplier} — {target} · expected {date} · order value {value}</source>
        <translation>{supplier} — {target} · erwartet {date} · Bestellwert {value}</translation>
    </message>
    <message>
        <source>{supplier} — {target} · expected {date}</source>
        <translation>{supplier} — {target} · erwartet {date}</translation>
    </message>
    <message>
        <source>Below the minimum of {minimum} (order value {value}): hold the draft or send anyway.</source>
        <translation>Unter dem Mindestwert von {minimum} (Bestellwert {value}): Entwurf zurückhalten oder trotzdem senden.</translation>
    </message>
    <message>
        <source>Below the supplier&apos;s minimum: hold the draft or send anyway.</source>
        <translation>Unter dem Mindestwert des Lieferanten: Entwurf zurückhalten oder trotzdem senden.</translation>
    </message>
    <message>
        <source>Choose another supplier for this product (F2)</source>
        <translation>Anderen Lieferanten für dieses Produkt wählen (F2)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Units due</source>
        <translation>Offene Einheiten</translation>
    </message>
    <message>
        <source>{status}; late: expected {date}</source>
        <translation>{status}; verspätet: erwartet am {date}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>{date} (late)</source>
        <translation>{date} (verspätet)</translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation>Lieferanten-SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Select a web order first.</source>
        <translation>Wählen Sie zuerst eine Web-Bestellung aus.</translation>
    </message>
    <message>
        <source>Every item of this web order is a product the shop knows.</source>
        <translation>Jeder Artikel dieser Web-Bestellung ist ein Artikel, den das Geschäft kennt.</translation>
    </message>
    <message>
        <source>No web order is ready yet: fix what the list says first.</source>
        <translation>Noch keine Web-Bestellung ist bereit: beheben Sie zuerst, was die Liste nennt.</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Bereit zum Import</translation>
    </message>
    <message>
        <source>Web orders to check</source>
        <translation>Zu prüfende Web-Bestellungen</translation>
    </message>
    <message>
        <source>These web orders could not be imported yet; the other orders were. Map an unknown SKU to one of your products, or add the product or its supplier offer in the catalog, then import the orders that are ready.</source>
        <translation>Diese Web-Bestellungen konnten noch nicht importiert werden; die übrigen Bestellungen wurden importiert. Ordnen Sie eine unbekannte SKU einem Ihrer Artikel zu oder legen Sie den Artikel oder sein Lieferantenangebot im Katalog an, und importieren Sie dann die bereiten Bestellungen.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Web order</source>
        <translation>Web-Bestellung</translation>
    </message>
    <message>
        <source>What stops it</source>
        <translation>Was sie aufhält</translation>
    </message>
    <message>
        <source>&amp;Import the ready ones</source>
        <translation>Bereite &amp;importieren</translation>
    </message>
    <message>
        <source>Which of our products is {0} {1}? Enter our SKU:</source>
        <translation>Welcher unserer Artikel ist {0} {1}? Geben Sie unsere SKU ein:</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation>Jetzt erhalten</translation>
    </message>
    <message>
        <source>{extra} more than outstanding: they will go to surplus</source>
        <translation>{extra} mehr als ausstehend: sie gehen in den Überschuss</translation>
    </message>
    <message>
        <source>Shop SKU / barcode: {codes}</source>
        <translation>Shop-SKU / Barcode: {codes}</translation>
    </message>
    <message>
        <source> · late</source>
        <translation> · verspätet</translation>
    </message>
    <message>
        <source> · below minimum</source>
        <translation> · unter Mindestwert</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Below the supplier&apos;s minimum order.</source>
        <translation>Unter dem Mindestbestellwert des Lieferanten.</translation>
    </message>
    <message>
        <source>Worth {value}, below the supplier minimum of {minimum}</source>
        <translation>Wert {value}, unter dem Mindestbestellwert des Lieferanten von {minimum}</translation>
    </message>
    <message>
        <source>Packs × pack = units</source>
        <translation>Packungen × Packung = Einheiten</translation>
    </message>
    <message>
        <source>{n} spare (surplus)</source>
        <translation>{n} übrig (Überschuss)</translation>
    </message>
    <message>
        <source>{units} (pack of {pack})</source>
        <translation>{units} (Packung zu {pack})</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>Aktive Produkte</translation>
    </message>
    <message>
        <source>Inactive products</source>
        <translation>Inaktive Produkte</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>Das Produkt</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Search by SKU, name or barcode</source>
        <translation>Nach SKU, Name oder Barcode suchen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>Ne&amp;ues Produkt</translation>
    </message>
    <message>
        <source>Re&amp;view new items…</source>
        <translation>Neue Artikel pr&amp;üfen…</translation>
    </message>
    <message>
        <source>Complete or merge the items staff added at the counter before they are ordered</source>
        <translation>Die an der Theke erfassten Artikel vervollständigen oder zusammenführen, bevor sie bestellt werden</translation>
    </message>
    <message>
        <source>Product {sku} saved.</source>
        <translation>Produkt {sku} gespeichert.</translation>
    </message>
    <message>
        <source>Offer saved.</source>
        <translation>Angebot gespeichert.</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 Produkt</translation>
    </message>
    <message>
        <source>{count} products</source>
        <translation>{count} Produkte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the customer (Ctrl+S)</source>
        <translation>Kunden speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>The customer&apos;s orders</source>
        <translation>Bestellungen des Kunden</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the order</source>
        <translation>Doppelklicken oder Enter drücken, um die Bestellung zu öffnen</translation>
    </message>
    <message>
        <source>Double-click an order (or press Enter) to open it.</source>
        <translation>Doppelklicken Sie auf eine Bestellung (oder drücken Sie Enter), um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Orders ({count})</source>
        <translation>Bestellungen ({count})</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search by name, phone or email</source>
        <translation>Nach Name, Telefon oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Offene Bestellungen</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>Neuer K&amp;unde</translation>
    </message>
    <message>
        <source>Customer {name} saved.</source>
        <translation>Kunde {name} gespeichert.</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} Kunden</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Auftragsbestätigung</translation>
    </message>
    <message>
        <source>Handover receipt</source>
        <translation>Übergabebeleg</translation>
    </message>
    <message>
        <source>Order labels</source>
        <translation>Auftragsetiketten</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The file is in the documents folder.</source>
        <translation>Die Datei liegt im Dokumentenordner.</translation>
    </message>
    <message>
        <source>The file was moved or deleted since it was generated.</source>
        <translation>Die Datei wurde seit ihrer Erstellung verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Only the documents of number… (e.g. C-2026-0042)</source>
        <translation>Nur die Dokumente zur Nummer… (z. B. C-2026-0042)</translation>
    </message>
    <message>
        <source>Only the documents of number</source>
        <translation>Nur die Dokumente zur Nummer</translation>
    </message>
    <message>
        <source>Generated documents</source>
        <translation>Erstellte Dokumente</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Open in PDF viewer</source>
        <translation>Im PDF-Betrachter ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest {count} documents</source>
        <translation>die neuesten {count} Dokumente</translation>
    </message>
    <message>
        <source>, {missing} missing</source>
        <translation>, {missing} fehlen</translation>
    </message>
    <message>
        <source>{name} is missing: it was moved or deleted.</source>
        <translation>{name} fehlt: die Datei wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Handed</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>In shop</source>
        <translation>Im Laden</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Balance paid</source>
        <translation>Restzahlung</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Only an order that is ready and not yet collected can be reminded or kept longer.</source>
        <translation>Nur an eine abholbereite, noch nicht abgeholte Bestellung kann erinnert oder ihre Frist verlängert werden.</translation>
    </message>
    <message>
        <source>C&amp;hecked</source>
        <translation>&amp;Geprüft</translation>
    </message>
    <message>
        <source>You have checked this with the customer: the note goes away.</source>
        <translation>Sie haben das mit dem Kunden geklärt: Der Hinweis verschwindet.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Re&amp;duce line…</source>
        <translation>Position re&amp;duzieren…</translation>
    </message>
    <message>
        <source>Cance&amp;l order…</source>
        <translation>Bestellung stornie&amp;ren…</translation>
    </message>
    <message>
        <source>&amp;Print confirmation…</source>
        <translation>Bestäti&amp;gung drucken…</translation>
    </message>
    <message>
        <source>Take pa&amp;yment…</source>
        <translation>Zahlung &amp;erfassen…</translation>
    </message>
    <message>
        <source>Email pic&amp;kup notice…</source>
        <translation>Abholschein &amp;mailen…</translation>
    </message>
    <message>
        <source>E-mail the pickup notice of this ready order</source>
        <translation>Den Abholschein dieser abholbereiten Bestellung mailen</translation>
    </message>
    <message>
        <source>Pr&amp;int pickup notice…</source>
        <translation>Abhols&amp;chein drucken…</translation>
    </message>
    <message>
        <source>Print the pickup notice of this ready order</source>
        <translation>Den Abholschein dieser abholbereiten Bestellung drucken</translation>
    </message>
    <message>
        <source>Log a &amp;call…</source>
        <translation>Anru&amp;f erfassen…</translation>
    </message>
    <message>
        <source>Note a phone call with the customer and how it went</source>
        <translation>Einen Anruf beim Kunden und sein Ergebnis festhalten</translation>
    </message>
    <message>
        <source>Keep this order longer for the customer</source>
        <translation>Diese Bestellung länger für den Kunden aufbewahren</translation>
    </message>
    <message>
        <source>Send &amp;reminder…</source>
        <translation>Er&amp;innerung senden…</translation>
    </message>
    <message>
        <source>Remind the customer to collect this order</source>
        <translation>Den Kunden an die Abholung dieser Bestellung erinnern</translation>
    </message>
    <message>
        <source>Select an order to see its lines and timeline.</source>
        <translation>Wählen Sie eine Bestellung, um ihre Positionen und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Ordered {date} · promised {promised}</source>
        <translation>Bestellt {date} · zugesagt {promised}</translation>
    </message>
    <message numerus="yes">
        <source>On shelf {shelf} · %n bag(s)</source>
        <translation>
            <numerusform>Im Regalfach {shelf} · %n Beutel</numerusform>
            <numerusform>Im Regalfach {shelf} · %n Beutel</numerusform>
        </translation>
    </message>
    <message>
        <source>To check: {warning}</source>
        <translation>Zu prüfen: {warning}</translation>
    </message>
    <message>
        <source>Total {total} · paid {paid} · &lt;b&gt;balance {balance}&lt;/b&gt;</source>
        <translation>Summe {total} · bezahlt {paid} · &lt;b&gt;offen {balance}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The customer was told the order is ready.</source>
        <translation>Der Kunde wurde benachrichtigt, dass die Bestellung abholbereit ist.</translation>
    </message>
    <message>
        <source>Not told yet · {how}</source>
        <translation>Noch nicht benachrichtigt · {how}</translation>
    </message>
    <message>
        <source>Pickup by {date}</source>
        <translation>Abholen bis {date}</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>verlängert</translation>
    </message>
    <message>
        <source>reminded {date}</source>
        <translation>erinnert am {date}</translation>
    </message>
    <message>
        <source>Email pic&amp;kup notice again…</source>
        <translation>Abholschein erneut m&amp;ailen…</translation>
    </message>
    <message>
        <source>Pr&amp;int pickup notice again…</source>
        <translation>Abhol&amp;schein erneut drucken…</translation>
    </message>
    <message>
        <source>Select the line to reduce first.</source>
        <translation>Wählen Sie zuerst die Position, die reduziert werden soll.</translation>
    </message>
    <message>
        <source>import note checked</source>
        <translation>Import-Hinweis geprüft</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Zahlung erfasst</translation>
    </message>
    <message>
        <source>repeat made</source>
        <translation>Wiederholung angelegt</translation>
    </message>
    <message>
        <source>Order confirmation {number}</source>
        <translation>Auftragsbestätigung {number}</translation>
    </message>
    <message>
        <source>E-mailing the pickup notice of {0}…</source>
        <translation>Abholschein von {0} wird gemailt…</translation>
    </message>
    <message>
        <source>customer notified</source>
        <translation>Kunde benachrichtigt</translation>
    </message>
    <message>
        <source>pickup notice e-mailed to {0}</source>
        <translation>Abholschein an {0} gemailt</translation>
    </message>
    <message>
        <source>E-mail pickup notice</source>
        <translation>Abholschein mailen</translation>
    </message>
    <message>
        <source>Pickup notice {number}</source>
        <translation>Abholschein {number}</translation>
    </message>
    <message>
        <source>pickup notice printed again</source>
        <translation>Abholschein erneut gedruckt</translation>
    </message>
    <message>
        <source>call logged</source>
        <translation>Anruf erfasst</translation>
    </message>
    <message>
        <source>pickup-by extended</source>
        <translation>Abholfrist verlängert</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Erinnerung senden</translation>
    </message>
    <message>
        <source>E-mail the reminder to {email}, or print it?</source>
        <translation>Die Erinnerung per E-Mail an {email} senden oder drucken?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>E-mailing the reminder of {0}…</source>
        <translation>Die Erinnerung zu {0} wird per E-Mail gesendet…</translation>
    </message>
    <message>
        <source>reminder e-mailed to {0}</source>
        <translation>Erinnerung per E-Mail an {0} gesendet</translation>
    </message>
    <message>
        <source>reminder printed</source>
        <translation>Erinnerung gedruckt</translation>
    </message>
    <message>
        <source>Reminder {number}</source>
        <translation>Erinnerung {number}</translation>
    </message>
    <message>
        <source>order cancelled</source>
        <translation>Bestellung storniert</translation>
    </message>
    <message>
        <source>line {no} reduced to {qty}</source>
        <translation>Position {no} auf {qty} reduziert</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
    <message>
        <source>Customer orders</source>
        <translation>Kundenbestellungen</translation>
    </message>
    <message>
        <source>Search by number, customer, phone or email</source>
        <translation>Nach Nummer, Kunde, Telefon oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen durchsuchen</translation>
    </message>
    <message>
        <source>Show orders with status</source>
        <translation>Bestellungen mit Status anzeigen</translation>
    </message>
    <message>
        <source>&amp;Late only</source>
        <translation>Nur ver&amp;spätete</translation>
    </message>
    <message>
        <source>Only orders whose promised date has passed and that are not ready yet</source>
        <translation>Nur Bestellungen, deren Zusagedatum verstrichen ist und die noch nicht abholbereit sind</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Only orders of customer</source>
        <translation>Nur Bestellungen des Kunden</translation>
    </message>
    <message>
        <source>Orders from date</source>
        <translation>Bestellungen ab Datum</translation>
    </message>
    <message>
        <source>Orders up to date</source>
        <translation>Bestellungen bis Datum</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Order {number} logged; promised for {date}.</source>
        <translation>Bestellung {number} erfasst; zugesagt für {date}.</translation>
    </message>
    <message>
        <source>Order {number} saved.</source>
        <translation>Bestellung {number} gespeichert.</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 Bestellung</translation>
    </message>
    <message>
        <source>{count} orders</source>
        <translation>{count} Bestellungen</translation>
    </message>
    <message>
        <source>was already handed over</source>
        <translation>wurde bereits übergeben</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>wurde storniert</translation>
    </message>
    <message>
        <source>Pickup counter</source>
        <translation>Abholtheke</translation>
    </message>
    <message>
        <source>Scan the code on the customer&apos;s pickup notice, or type the order &amp;number, the customer&apos;s name, phone or e-mail: the list below shows what matches.</source>
        <translation>Scannen Sie den Code auf der Abholbenachrichtigung oder geben Sie die Bestell&amp;nummer, den Namen, die Telefonnummer oder die E-Mail-Adresse des Kunden ein: Die Liste darunter zeigt die Treffer.</translation>
    </message>
    <message>
        <source>Order number, name, phone or e-mail</source>
        <translation>Bestellnummer, Name, Telefon oder E-Mail</translation>
    </message>
    <message>
        <source>C-2026-0042, a name, a phone number or an e-mail</source>
        <translation>C-2026-0042, ein Name, eine Telefonnummer oder eine E-Mail</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Hand over what is in…</source>
        <translation>&amp;Vorhandenes übergeben…</translation>
    </message>
    <message>
        <source>Print &amp;receipt</source>
        <translation>&amp;Beleg drucken</translation>
    </message>
    <message>
        <source>Orders ready for pickup</source>
        <translation>Abholbereite Bestellungen</translation>
    </message>
    <message numerus="yes">
        <source>Ready for pickup: %n order(s); double-click or Enter on one to hand it over.</source>
        <translation>
            <numerusform>Abholbereit: %n Bestellung; Doppelklick oder Enter zum Übergeben.</numerusform>
            <numerusform>Abholbereit: %n Bestellungen; Doppelklick oder Enter auf eine davon zum Übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No order is ready for pickup.</source>
        <translation>Keine Bestellung ist abholbereit.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to hand over match; double-click or Enter on one to open it.</source>
        <translation>
            <numerusform>%n zu übergebende Bestellung passt; Doppelklick oder Enter zum Öffnen.</numerusform>
            <numerusform>%n zu übergebende Bestellungen passen; Doppelklick oder Enter auf eine davon zum Öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No order still to hand over matches this search.</source>
        <translation>Keine noch zu übergebende Bestellung passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>Nothing still to hand over matches “{text}”. Type part of the order number, the customer&apos;s name, phone or e-mail.</source>
        <translation>Zu „{text}“ gibt es keine noch zu übergebende Bestellung. Geben Sie einen Teil der Bestellnummer, den Namen, die Telefonnummer oder die E-Mail-Adresse des Kunden ein.</translation>
    </message>
    <message>
        <source>Several orders match: pick one in the list below.</source>
        <translation>Mehrere Bestellungen passen: Wählen Sie eine in der Liste darunter.</translation>
    </message>
    <message>
        <source>Scan the code on the pickup notice or type the order number, such as C-2026-0042.</source>
        <translation>Scannen Sie den Code auf dem Abholschein oder geben Sie die Bestellnummer ein, z. B. C-2026-0042.</translation>
    </message>
    <message>
        <source>{number} does not exist.</source>
        <translation>{number} existiert nicht.</translation>
    </message>
    <message>
        <source>{number} {what}.</source>
        <translation>{number} {what}.</translation>
    </message>
    <message>
        <source>{number} is not ready yet: {n} of {total} items are in.</source>
        <translation>{number} ist noch nicht abholbereit: {n} von {total} Artikeln sind da.</translation>
    </message>
    <message>
        <source>{number} handed over.</source>
        <translation>{number} übergeben.</translation>
    </message>
    <message numerus="yes">
        <source>✔ {number} handed over to {customer}: %n unit(s)</source>
        <translation>
            <numerusform>✔ {number} an {customer} übergeben: %n Einheit</numerusform>
            <numerusform>✔ {number} an {customer} übergeben: %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>, {amount} paid by {method}</source>
        <translation>, {amount} bezahlt per {method}</translation>
    </message>
    <message>
        <source>; the order is completed.</source>
        <translation>; die Bestellung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>; the rest of the order stays on order.</source>
        <translation>; der Rest der Bestellung bleibt bestellt.</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Beleg {number}</translation>
    </message>
    <message>
        <source>Supplier for this line</source>
        <translation>Lieferant für diese Position</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Reset &amp;suppliers</source>
        <translation>Lieferanten &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the suppliers chosen by hand and plan again</source>
        <translation>Von Hand gewählte Lieferanten vergessen und neu planen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Plan again from the shop as it is now (F5)</source>
        <translation>Neu planen mit dem aktuellen Stand des Shops (F5)</translation>
    </message>
    <message>
        <source>Create &amp;drafts</source>
        <translation>&amp;Entwürfe erstellen</translation>
    </message>
    <message>
        <source>Create or grow the draft supplier orders shown here (Ctrl+Enter)</source>
        <translation>Die hier gezeigten Entwürfe von Lieferantenbestellungen erstellen oder ergänzen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Plan by supplier</source>
        <translation>Planung nach Lieferant</translation>
    </message>
    <message>
        <source>Nothing to order</source>
        <translation>Nichts zu bestellen</translation>
    </message>
    <message>
        <source>Selected line</source>
        <translation>Ausgewählte Position</translation>
    </message>
    <message>
        <source>How the selected line&apos;s quantity was reached</source>
        <translation>Wie die Menge der ausgewählten Position zustande kam</translation>
    </message>
    <message>
        <source>Supplier for the selected line</source>
        <translation>Lieferant für die ausgewählte Position</translation>
    </message>
    <message>
        <source>Order from &amp;supplier:</source>
        <translation>Bestellen bei &amp;Lieferant:</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planung läuft…</translation>
    </message>
    <message>
        <source>Nothing to order: every customer line is in the shop or on order.</source>
        <translation>Nichts zu bestellen: jede Kundenposition ist im Laden oder bestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be ordered (no supplier offer).</source>
        <translation>
            <numerusform>%n Position kann nicht bestellt werden (kein Lieferantenangebot).</numerusform>
            <numerusform>%n Positionen können nicht bestellt werden (kein Lieferantenangebot).</numerusform>
        </translation>
    </message>
    <message>
        <source>{orders} ({new} new), {lines}</source>
        <translation>{orders} ({new} neu), {lines}</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier order(s)</source>
        <translation>
            <numerusform>%n Lieferantenbestellung</numerusform>
            <numerusform>%n Lieferantenbestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>; {n} from surplus</source>
        <translation>; {n} aus Überschuss</translation>
    </message>
    <message>
        <source>; {n} from units already on order</source>
        <translation>; {n} aus bereits bestellten Einheiten</translation>
    </message>
    <message>
        <source>; {n} below the supplier minimum</source>
        <translation>; {n} unter dem Mindestwert des Lieferanten</translation>
    </message>
    <message>
        <source>; {n} late</source>
        <translation>; {n} verspätet</translation>
    </message>
    <message>
        <source>Select a line to see how its quantity was reached.</source>
        <translation>Wählen Sie eine Position, um zu sehen, wie ihre Menge zustande kam.</translation>
    </message>
    <message>
        <source>{product}: {why}</source>
        <translation>{product}: {why}</translation>
    </message>
    <message>
        <source>For: {customers}</source>
        <translation>Für: {customers}</translation>
    </message>
    <message>
        <source>{name} ({cost}, pack {pack}, min {min})</source>
        <translation>{name} ({cost}, Packung {pack}, min. {min})</translation>
    </message>
    <message>
        <source>{name} (pack {pack}, min {min})</source>
        <translation>{name} (Packung {pack}, min. {min})</translation>
    </message>
    <message>
        <source>Choosing another supplier plans this product again.</source>
        <translation>Ein anderer Lieferant plant dieses Produkt neu.</translation>
    </message>
    <message>
        <source>Only this supplier sells it.</source>
        <translation>Nur dieser Lieferant führt es.</translation>
    </message>
    <message>
        <source>Ready for pickup now: {numbers}.</source>
        <translation>Jetzt abholbereit: {numbers}.</translation>
    </message>
    <message>
        <source>Drafts:</source>
        <translation>Entwürfe:</translation>
    </message>
    <message>
        <source>Ready for pickup now:</source>
        <translation>Jetzt abholbereit:</translation>
    </message>
    <message>
        <source>Review new items</source>
        <translation>Neue Artikel prüfen</translation>
    </message>
    <message>
        <source>Items to review</source>
        <translation>Zu prüfende Artikel</translation>
    </message>
    <message>
        <source>No items to review: every item has a supplier and a cost.</source>
        <translation>Keine Artikel zu prüfen: Jeder Artikel hat einen Lieferanten und einen Einkaufspreis.</translation>
    </message>
    <message>
        <source>Complete: it can then be ordered</source>
        <translation>Vervollständigen: danach kann bestellt werden</translation>
    </message>
    <message>
        <source>(choose the supplier)</source>
        <translation>(Lieferanten wählen)</translation>
    </message>
    <message>
        <source>sale price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <source>Co&amp;mplete review</source>
        <translation>Prüfung a&amp;bschließen</translation>
    </message>
    <message>
        <source>Unit cos&amp;t:</source>
        <translation>Ein&amp;kaufspreis:</translation>
    </message>
    <message>
        <source>Or merge: it is the same as another product</source>
        <translation>Oder zusammenführen: Es ist dasselbe wie ein anderes Produkt</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Dasselbe wie</translation>
    </message>
    <message>
        <source>M&amp;erge into it</source>
        <translation>Damit zusa&amp;mmenführen</translation>
    </message>
    <message>
        <source>Same &amp;as:</source>
        <translation>Dasselbe &amp;wie:</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) waiting</source>
        <translation>
            <numerusform>%n Stück wartet</numerusform>
            <numerusform>%n Stück warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer line(s) wait for it.</source>
        <translation>
            <numerusform>%n Kundenposition wartet darauf.</numerusform>
            <numerusform>%n Kundenpositionen warten darauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the product it is the same as first</source>
        <translation>Wählen Sie zuerst das Produkt, dem es entspricht</translation>
    </message>
    <message>
        <source>Its order lines move to {sku} {name}.</source>
        <translation>Seine Bestellpositionen gehen an {sku} {name}.</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <source>Leave empty to use the shop&apos;s tax rate from Settings.</source>
        <translation>Leer lassen, um den Steuersatz des Shops aus den Einstellungen zu verwenden.</translation>
    </message>
    <message>
        <source>EAN/UPC, optional</source>
        <translation>EAN/UPC, optional</translation>
    </message>
    <message>
        <source>&amp;Active (can be ordered)</source>
        <translation>&amp;Aktiv (kann bestellt werden)</translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation>S&amp;KU:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Sale &amp;price:</source>
        <translation>Verkaufs&amp;preis:</translation>
    </message>
    <message>
        <source>edited by hand</source>
        <translation>von Hand geändert</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>price list</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>item review</source>
        <translation>Artikelprüfung</translation>
    </message>
    <message>
        <source>Ta&amp;x rate (%):</source>
        <translation>Steue&amp;rsatz (%):</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Barcode:</translation>
    </message>
    <message>
        <source>Save the product (Ctrl+S)</source>
        <translation>Produkt speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Lead (days)</source>
        <translation>Lieferzeit (Tage)</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>A&amp;dd offer…</source>
        <translation>Angebot hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit offer…</source>
        <translation>Angebot bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Supplier offers</source>
        <translation>Lieferantenangebote</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Cost history</source>
        <translation>Kostenverlauf</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Product {sku}</source>
        <translation>Produkt {sku}</translation>
    </message>
    <message>
        <source>shop&apos;s rate: {rate}</source>
        <translation>Satz des Shops: {rate}</translation>
    </message>
    <message>
        <source>Save the product first, then add its supplier offers.</source>
        <translation>Speichern Sie zuerst das Produkt, dann fügen Sie seine Lieferantenangebote hinzu.</translation>
    </message>
    <message>
        <source>No supplier offers yet: add one so the product can be ordered.</source>
        <translation>Noch keine Lieferantenangebote: fügen Sie eines hinzu, damit das Produkt bestellt werden kann.</translation>
    </message>
    <message>
        <source>Cost history of the offer by {supplier}</source>
        <translation>Kostenverlauf des Angebots von {supplier}</translation>
    </message>
    <message>
        <source>* The supplier&apos;s usual lead time: this offer has none of its own.</source>
        <translation>* Die übliche Lieferzeit des Lieferanten: Dieses Angebot hat keine eigene.</translation>
    </message>
    <message>
        <source>This offer&apos;s own lead time, instead of the supplier&apos;s usual one.</source>
        <translation>Die eigene Lieferzeit dieses Angebots statt der üblichen des Lieferanten.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Units received now</source>
        <translation>Jetzt erhaltene Einheiten</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Supplier &amp;order:</source>
        <translation>Lieferanten&amp;bestellung:</translation>
    </message>
    <message>
        <source>Scan or type its number, then Enter</source>
        <translation>Nummer scannen oder eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Supplier order number</source>
        <translation>Nummer der Lieferantenbestellung</translation>
    </message>
    <message>
        <source>Expected supplier orders</source>
        <translation>Erwartete Lieferantenbestellungen</translation>
    </message>
    <message>
        <source>Scan &amp;product:</source>
        <translation>&amp;Produkt scannen:</translation>
    </message>
    <message>
        <source>Barcode, shop SKU or supplier SKU, then Enter</source>
        <translation>Barcode, Shop-SKU oder Lieferanten-SKU, dann Enter</translation>
    </message>
    <message>
        <source>Scan product code</source>
        <translation>Produktcode scannen</translation>
    </message>
    <message>
        <source>Lines of the supplier order</source>
        <translation>Positionen der Lieferantenbestellung</translation>
    </message>
    <message>
        <source>&amp;Fill outstanding</source>
        <translation>&amp;Ausstehendes eintragen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Record delivery</source>
        <translation>Lieferung &amp;erfassen</translation>
    </message>
    <message>
        <source>Record the units in “Receive now” (Ctrl+Return)</source>
        <translation>Die Einheiten in „Jetzt erhalten“ erfassen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Undo last delivery…</source>
        <translation>Letzte Lieferung &amp;rückgängig…</translation>
    </message>
    <message>
        <source>Where the units went</source>
        <translation>Wohin die Einheiten gingen</translation>
    </message>
    <message>
        <source>Where the delivered units went</source>
        <translation>Wohin die gelieferten Einheiten gingen</translation>
    </message>
    <message>
        <source>&amp;Print pickup notices</source>
        <translation>Abholscheine &amp;drucken</translation>
    </message>
    <message>
        <source>E&amp;mail pickup notices…</source>
        <translation>Abholscheine &amp;mailen…</translation>
    </message>
    <message>
        <source>E-mail the pickup notice to each customer now ready</source>
        <translation>Jedem Kunden, dessen Bestellung jetzt abholbereit ist, den Abholschein mailen</translation>
    </message>
    <message>
        <source>Put a&amp;way…</source>
        <translation>Ins Re&amp;gal legen…</translation>
    </message>
    <message>
        <source>Print la&amp;bels…</source>
        <translation>Etike&amp;tten drucken…</translation>
    </message>
    <message>
        <source>No supplier order is expected: send one first.</source>
        <translation>Es wird keine Lieferantenbestellung erwartet: senden Sie zuerst eine.</translation>
    </message>
    <message>
        <source>{count} expected, {late} late (listed first)</source>
        <translation>{count} erwartet, {late} verspätet (zuerst aufgeführt)</translation>
    </message>
    <message>
        <source>{count} expected</source>
        <translation>{count} erwartet</translation>
    </message>
    <message>
        <source>Choose a supplier order</source>
        <translation>Lieferantenbestellung wählen</translation>
    </message>
    <message>
        <source>Pick an expected order on the left, or scan the number on its delivery note.</source>
        <translation>Wählen Sie links eine erwartete Bestellung oder scannen Sie die Nummer auf ihrem Lieferschein.</translation>
    </message>
    <message>
        <source>expected {date}</source>
        <translation>erwartet {date}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) recorded</source>
        <translation>
            <numerusform>%n Lieferung erfasst</numerusform>
            <numerusform>%n Lieferungen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing more can be received</source>
        <translation>es kann nichts mehr eingehen</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) to record</source>
        <translation>
            <numerusform>%n Einheit zu erfassen</numerusform>
            <numerusform>%n Einheiten zu erfassen</numerusform>
        </translation>
    </message>
    <message>
        <source>No line of {number} has code {code}.</source>
        <translation>Keine Position von {number} hat den Code {code}.</translation>
    </message>
    <message>
        <source>{sku}: {n} of {due} outstanding</source>
        <translation>{sku}: {n} von {due} ausstehend</translation>
    </message>
    <message>
        <source>Record delivery</source>
        <translation>Lieferung erfassen</translation>
    </message>
    <message>
        <source>Delivery for {number} recorded: {units}, {ready} now ready.</source>
        <translation>Lieferung für {number} erfasst: {units}, {ready} jetzt abholbereit.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) went to surplus.</source>
        <translation>
            <numerusform>%n Einheit ging in den Überbestand.</numerusform>
            <numerusform>%n Einheiten gingen in den Überbestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now ready for pickup:</source>
        <translation>Jetzt abholbereit:</translation>
    </message>
    <message>
        <source>Supplier order:</source>
        <translation>Lieferantenbestellung:</translation>
    </message>
    <message>
        <source>• {sku} {description}: {extra} more than outstanding</source>
        <translation>• {sku} {description}: {extra} mehr als ausstehend</translation>
    </message>
    <message>
        <source>More than was ordered</source>
        <translation>Mehr als bestellt</translation>
    </message>
    <message>
        <source>This delivery has more than is outstanding:
{lines}

The extra units go to surplus. Record it anyway?</source>
        <translation>Diese Lieferung enthält mehr als ausstehend:
{lines}

Die zusätzlichen Einheiten gehen in den Überschuss. Trotzdem erfassen?</translation>
    </message>
    <message numerus="yes">
        <source>Where the %n unit(s) of this delivery went</source>
        <translation>
            <numerusform>Wohin die %n Einheit dieser Lieferung ging</numerusform>
            <numerusform>Wohin die %n Einheiten dieser Lieferung gingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the shelf and bag count of each order now ready</source>
        <translation>Regalfach und Beutelanzahl jedes jetzt abholbereiten Auftrags wählen</translation>
    </message>
    <message>
        <source>No order became ready with this delivery: there is nothing to put away.</source>
        <translation>Mit dieser Lieferung wurde kein Auftrag abholbereit: Es gibt nichts einzuräumen.</translation>
    </message>
    <message>
        <source>A label for each bag of the orders now ready (put them away first to print the shelf)</source>
        <translation>Ein Etikett für jeden Beutel der jetzt abholbereiten Aufträge (zuerst ins Regal legen, damit das Regalfach mitgedruckt wird)</translation>
    </message>
    <message>
        <source>No order became ready with this delivery: there is nothing to label.</source>
        <translation>Mit dieser Lieferung ist kein Auftrag abholbereit geworden: Es gibt nichts zu etikettieren.</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Etiketten drucken</translation>
    </message>
    <message>
        <source>Undo last delivery</source>
        <translation>Letzte Lieferung rückgängig machen</translation>
    </message>
    <message>
        <source>Remove the last delivery recorded for {number}, as if it had never been entered? Orders it made ready become open again.</source>
        <translation>Die letzte für {number} erfasste Lieferung entfernen, als wäre sie nie eingegeben worden? Bestellungen, die dadurch abholbereit wurden, sind dann wieder offen.</translation>
    </message>
    <message>
        <source>Delivery undone</source>
        <translation>Lieferung rückgängig gemacht</translation>
    </message>
    <message>
        <source>The last delivery for {number} was undone; it is {status} again.</source>
        <translation>Die letzte Lieferung für {number} wurde rückgängig gemacht; sie ist wieder „{status}“.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are open again.</source>
        <translation>
            <numerusform>%n Bestellung ist wieder offen.</numerusform>
            <numerusform>%n Bestellungen sind wieder offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last delivery for {number} undone.</source>
        <translation>Letzte Lieferung für {number} rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Print pickup notices</source>
        <translation>Abholscheine drucken</translation>
    </message>
    <message numerus="yes">
        <source>%n pickup notice(s) saved to {path}</source>
        <translation>
            <numerusform>%n Abholschein in {path} gespeichert</numerusform>
            <numerusform>%n Abholscheine in {path} gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pickup notice(s) printed into {file}; those customers count as notified.</source>
        <translation>
            <numerusform>%n Abholschein in {file} gedruckt; dieser Kunde gilt als benachrichtigt.</numerusform>
            <numerusform>%n Abholscheine in {file} gedruckt; diese Kunden gelten als benachrichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail pickup notices</source>
        <translation>Abholscheine mailen</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) notified.</source>
        <translation>
            <numerusform>%n Kunde benachrichtigt.</numerusform>
            <numerusform>%n Kunden benachrichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notified:</source>
        <translation>Benachrichtigt:</translation>
    </message>
    <message numerus="yes">
        <source>{number}: %n unit(s) received, {surplus} to surplus; the order is now {status}.</source>
        <translation>
            <numerusform>{number}: %n Einheit erhalten, {surplus} in den Überschuss; die Bestellung ist jetzt {status}.</numerusform>
            <numerusform>{number}: %n Einheiten erhalten, {surplus} in den Überschuss; die Bestellung ist jetzt {status}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} to {number} ({customer})</source>
        <translation>{n} an {number} ({customer})</translation>
    </message>
    <message>
        <source>{n} to surplus</source>
        <translation>{n} in den Überschuss</translation>
    </message>
    <message>
        <source>{sku} {name} ({n} received)</source>
        <translation>{sku} {name} ({n} erhalten)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Now ready for pickup</source>
        <translation>Jetzt abholbereit</translation>
    </message>
    <message>
        <source>No order became ready with this delivery.</source>
        <translation>Durch diese Lieferung ist keine Bestellung abholbereit geworden.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Supplier orders</source>
        <translation>Lieferantenbestellungen</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Cash and waste</source>
        <translation>&amp;Kasse und Abschreibungen</translation>
    </message>
    <message>
        <source>Cash and waste</source>
        <translation>Kasse und Abschreibungen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>&amp;Suppliers</source>
        <translation>&amp;Lieferanten</translation>
    </message>
    <message>
        <source>Supplier reliability</source>
        <translation>Lieferantenzuverlässigkeit</translation>
    </message>
    <message>
        <source>Quoted days</source>
        <translation>Angegebene Tage</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median Tage</translation>
    </message>
    <message>
        <source>p10-p90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Lieferquote</translation>
    </message>
    <message>
        <source>Price drift</source>
        <translation>Preisdrift</translation>
    </message>
    <message>
        <source>Promises use</source>
        <translation>Zusagen nutzen</translation>
    </message>
    <message>
        <source>&amp;Margins</source>
        <translation>&amp;Margen</translation>
    </message>
    <message>
        <source>Orders whose margin fell below the threshold</source>
        <translation>Bestellungen, deren Marge unter die Schwelle gefallen ist</translation>
    </message>
    <message>
        <source>Put orders away</source>
        <translation>Aufträge ins Regal legen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Regalfach</translation>
    </message>
    <message>
        <source>Bags</source>
        <translation>Beutel</translation>
    </message>
    <message>
        <source>Shelf for {number}</source>
        <translation>Regalfach für {number}</translation>
    </message>
    <message>
        <source>e.g. A3</source>
        <translation>z. B. A3</translation>
    </message>
    <message>
        <source>Bags for {number}</source>
        <translation>Beutel für {number}</translation>
    </message>
    <message>
        <source>&amp;Put away</source>
        <translation>Ins Regal &amp;legen</translation>
    </message>
    <message>
        <source>Where do these orders wait for pickup? Each shelf holds one order.</source>
        <translation>Wo warten diese Aufträge auf die Abholung? Jedes Regalfach nimmt einen Auftrag auf.</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Cost now</source>
        <translation>Kosten jetzt</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>Gehaltene Anzahlung</translation>
    </message>
    <message>
        <source>&amp;Demand spikes</source>
        <translation>&amp;Nachfragespitzen</translation>
    </message>
    <message>
        <source>Demand spikes</source>
        <translation>Nachfragespitzen</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Übliche Woche</translation>
    </message>
    <message>
        <source>Customer &amp;waiting</source>
        <translation>&amp;Wartezeit der Kunden</translation>
    </message>
    <message>
        <source>Customer waiting (days), orders placed in the last {0} days</source>
        <translation>Wartezeit der Kunden (Tage), Bestellungen der letzten {0} Tage</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>To ready</source>
        <translation>Bis abholbereit</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>To pickup</source>
        <translation>Bis Abholung</translation>
    </message>
    <message>
        <source>Ready by promise</source>
        <translation>Abholbereit wie zugesagt</translation>
    </message>
    <message>
        <source>Orders at &amp;risk</source>
        <translation>&amp;Gefährdete Bestellungen</translation>
    </message>
    <message>
        <source>Orders at risk now</source>
        <translation>Jetzt gefährdete Bestellungen</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <source>Units short</source>
        <translation>Fehlende Einheiten</translation>
    </message>
    <message>
        <source>Showing the first {0} of {1}; “Save as CSV…” writes them all.</source>
        <translation>Die ersten {0} von {1} werden angezeigt; „Als CSV speichern…“ schreibt alle.</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Als CS&amp;V speichern…</translation>
    </message>
    <message>
        <source>&amp;Print / preview monthly report</source>
        <translation>Monatsbericht &amp;drucken / Vorschau</translation>
    </message>
    <message>
        <source>Computing “{0}”…</source>
        <translation>„{0}“ wird berechnet…</translation>
    </message>
    <message>
        <source>The report could not be computed: {0}</source>
        <translation>Der Bericht konnte nicht berechnet werden: {0}</translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>Stand {0}</translation>
    </message>
    <message>
        <source>Deposits held</source>
        <translation>Gehaltene Anzahlungen</translation>
    </message>
    <message>
        <source>Committed to suppliers</source>
        <translation>Bei Lieferanten bestellt</translation>
    </message>
    <message>
        <source>Balance due on ready orders</source>
        <translation>Offener Betrag abholbereiter Bestellungen</translation>
    </message>
    <message>
        <source>Surplus value</source>
        <translation>Wert des Überschusses</translation>
    </message>
    <message>
        <source>Surplus {0}</source>
        <translation>Überschuss {0}</translation>
    </message>
    <message>
        <source>Written off {0}</source>
        <translation>Abgeschrieben {0}</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} Tage</translation>
    </message>
    <message>
        <source>{percent} on time</source>
        <translation>{percent} pünktlich</translation>
    </message>
    <message>
        <source>{supplier} ({days} days, min. {min})</source>
        <translation>{supplier} ({days} Tage, mind. {min})</translation>
    </message>
    <message>
        <source>{days} days to ready</source>
        <translation>{days} Tage bis abholbereit</translation>
    </message>
    <message>
        <source>&amp;Margins ({0})</source>
        <translation>&amp;Margen ({0})</translation>
    </message>
    <message>
        <source>Orders at &amp;risk ({0})</source>
        <translation>&amp;Gefährdete Bestellungen ({0})</translation>
    </message>
    <message>
        <source>Save report as CSV</source>
        <translation>Bericht als CSV speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to {0}</source>
        <translation>
            <numerusform>%n Zeile in {0} gespeichert</numerusform>
            <numerusform>%n Zeilen in {0} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Liefertermin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tick the orders to remind first.</source>
        <translation>Kreuzen Sie zuerst die Bestellungen an, an die erinnert werden soll.</translation>
    </message>
    <message>
        <source>None of the ticked customers has an e-mail address.</source>
        <translation>Keiner der angekreuzten Kunden hat eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No mail server is set up; enter it in Settings → Email.</source>
        <translation>Es ist kein Mailserver eingerichtet; tragen Sie ihn unter Einstellungen → E-Mail ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone / e-mail</source>
        <translation>Telefon / E-Mail</translation>
    </message>
    <message>
        <source>Pickup by</source>
        <translation>Abholen bis</translation>
    </message>
    <message>
        <source>Extended by the owner</source>
        <translation>Vom Inhaber verlängert</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Last reminded</source>
        <translation>Zuletzt erinnert</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Orders to remind</source>
        <translation>Bestellungen zum Erinnern</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle ankreuzen</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Keine ankreuzen</translation>
    </message>
    <message>
        <source>&amp;Print reminders</source>
        <translation>Erinnerungen &amp;drucken</translation>
    </message>
    <message>
        <source>One PDF with a reminder for each ticked order</source>
        <translation>Ein PDF mit einer Erinnerung je angekreuzter Bestellung</translation>
    </message>
    <message>
        <source>E-&amp;mail reminders…</source>
        <translation>Erinnerungen per E-&amp;Mail…</translation>
    </message>
    <message>
        <source>E-mail a reminder to each ticked customer</source>
        <translation>Jedem angekreuzten Kunden eine Erinnerung per E-Mail senden</translation>
    </message>
    <message>
        <source>E&amp;xtend pickup-by…</source>
        <translation>Abh&amp;olfrist verlängern…</translation>
    </message>
    <message>
        <source>Keep the ticked orders longer</source>
        <translation>Die angekreuzten Bestellungen länger aufbewahren</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) not collected, near or past the pickup-by date. A reminder keeps the order for the customer for the shop&apos;s hold time from today.</source>
        <translation>
            <numerusform>%n Bestellung nicht abgeholt, kurz vor oder nach der Abholfrist. Eine Erinnerung bewahrt die Bestellung ab heute für die Aufbewahrungsfrist des Geschäfts auf.</numerusform>
            <numerusform>%n Bestellungen nicht abgeholt, kurz vor oder nach der Abholfrist. Eine Erinnerung bewahrt die Bestellung ab heute für die Aufbewahrungsfrist des Geschäfts auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>No uncollected order is near or past its pickup-by date.</source>
        <translation>Keine nicht abgeholte Bestellung ist kurz vor oder nach ihrer Abholfrist.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) printed into {file}; they are kept for pickup from today.</source>
        <translation>
            <numerusform>%n Erinnerung in {file} gedruckt; die Bestellung wird ab heute aufbewahrt.</numerusform>
            <numerusform>%n Erinnerungen in {file} gedruckt; die Bestellungen werden ab heute aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminded:</source>
        <translation>Erinnert:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) e-mailed; they are kept for pickup from today.</source>
        <translation>
            <numerusform>%n Erinnerung per E-Mail gesendet; die Bestellung wird ab heute aufbewahrt.</numerusform>
            <numerusform>%n Erinnerungen per E-Mail gesendet; die Bestellungen werden ab heute aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Auslieferungen</translation>
    </message>
    <message>
        <source>Deliveries due by</source>
        <translation>Auslieferungen fällig bis</translation>
    </message>
    <message>
        <source>Ready orders to deliver &amp;by:</source>
        <translation>Fertige Bestellungen zum Ausliefern &amp;bis:</translation>
    </message>
    <message>
        <source>Orders to deliver</source>
        <translation>Auszuliefernde Bestellungen</translation>
    </message>
    <message>
        <source>Delivery &amp;note</source>
        <translation>Liefer&amp;schein</translation>
    </message>
    <message>
        <source>Print the &amp;run</source>
        <translation>&amp;Fahrt drucken</translation>
    </message>
    <message>
        <source>&amp;Delivered…</source>
        <translation>&amp;Geliefert…</translation>
    </message>
    <message>
        <source>Hand the chosen order over at the customer&apos;s door</source>
        <translation>Die gewählte Bestellung an der Tür des Kunden übergeben</translation>
    </message>
    <message>
        <source>The chosen order&apos;s delivery note, to print</source>
        <translation>Der Lieferschein der gewählten Bestellung, zum Drucken</translation>
    </message>
    <message>
        <source>Every listed order&apos;s delivery note in one PDF, in this order</source>
        <translation>Die Lieferscheine aller aufgelisteten Bestellungen in einem PDF, in dieser Reihenfolge</translation>
    </message>
    <message numerus="yes">
        <source>%n ready order(s) to deliver by {day}.</source>
        <translation>
            <numerusform>%n fertige Bestellung bis {day} auszuliefern.</numerusform>
            <numerusform>%n fertige Bestellungen bis {day} auszuliefern.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ready order is due for delivery by {day}.</source>
        <translation>Bis {day} ist keine fertige Bestellung zur Auslieferung fällig.</translation>
    </message>
    <message>
        <source>{number} delivered.</source>
        <translation>{number} ausgeliefert.</translation>
    </message>
    <message>
        <source>Delivery note {number}</source>
        <translation>Lieferschein {number}</translation>
    </message>
    <message>
        <source>Delivery run of {day}</source>
        <translation>Lieferfahrt vom {day}</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>&amp;Logo auswählen…</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>Logo ent&amp;fernen</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>Shop&amp;name:</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Alle 30 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <source>No web shop is connected yet.</source>
        <translation>Es ist noch kein Webshop verbunden.</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the secret is asked for once per session.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Das Geheimnis wird einmal pro Sitzung abgefragt.</translation>
    </message>
    <message>
        <source>Ask once per session</source>
        <translation>Einmal pro Sitzung fragen</translation>
    </message>
    <message>
        <source>&amp;Web shop:</source>
        <translation>&amp;Webshop:</translation>
    </message>
    <message>
        <source>Open shop on a server</source>
        <translation>Geschäft auf einem Server öffnen</translation>
    </message>
    <message>
        <source>optional, e.g. bikeshop</source>
        <translation>optional, z. B. fahrradladen</translation>
    </message>
    <message>
        <source>Saved connections open as postgresql:///?service=name, here and in psql.</source>
        <translation>Gespeicherte Verbindungen öffnen sich als postgresql:///?service=name, hier und in psql.</translation>
    </message>
    <message>
        <source>If the server wants a password this computer does not have (in ~/.pgpass, PGPASSWORD or its keyring), you are asked for it; it is never kept in the shop, in the list of recent shops or with a saved connection. For an encrypted connection to a server elsewhere, end the address with ?sslmode=verify-full.</source>
        <translation>Verlangt der Server ein Passwort, das dieser Computer nicht hat (in ~/.pgpass, PGPASSWORD oder seinem Schlüsselbund), werden Sie danach gefragt; es wird nie im Geschäft, in der Liste der letzten Geschäfte oder bei einer gespeicherten Verbindung gespeichert. Für eine verschlüsselte Verbindung zu einem entfernten Server beenden Sie die Adresse mit ?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern als:</translation>
    </message>
    <message>
        <source>Type the server shop&apos;s address.</source>
        <translation>Geben Sie die Adresse des Server-Geschäfts ein.</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>Consumer-&amp;Key:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Secret ke&amp;pt:</source>
        <translation>Geheimnis auf&amp;bewahren:</translation>
    </message>
    <message>
        <source>&amp;Fetch new orders:</source>
        <translation>Neue Bestellungen ab&amp;rufen:</translation>
    </message>
    <message>
        <source>Orders changed since:</source>
        <translation>Bestellungen geändert seit:</translation>
    </message>
    <message>
        <source>Fetch orders changed since</source>
        <translation>Bestellungen abrufen, die geändert wurden seit</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Verbindung tre&amp;nnen</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>Consumer-&amp;Secret:</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>https://shop.example.com</source>
        <translation>https://ihr-shop.example.com</translation>
    </message>
    <message>
        <source>https://your-shop.myshopify.com</source>
        <translation>https://ihr-shop.myshopify.com</translation>
    </message>
    <message>
        <source>kept in memory until jitdesk closes</source>
        <translation>bis zum Beenden von jitdesk im Speicher gehalten</translation>
    </message>
    <message>
        <source>Last fetched {when}: {result}</source>
        <translation>Zuletzt abgerufen {when}: {result}</translation>
    </message>
    <message>
        <source>Connected; no orders fetched yet.</source>
        <translation>Verbunden; noch keine Bestellungen abgerufen.</translation>
    </message>
    <message>
        <source>Asking {host}…</source>
        <translation>Frage bei {host} an…</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>e.g. ATU12345678</source>
        <translation>z. B. ATU12345678</translation>
    </message>
    <message>
        <source>Sale prices &amp;include tax</source>
        <translation>Verkaufspreise &amp;inklusive Umsatzsteuer</translation>
    </message>
    <message>
        <source>Unticked: the tax is added to the sale prices on customer documents.</source>
        <translation>Nicht angehakt: Die Umsatzsteuer wird auf Kundendokumenten zu den Verkaufspreisen hinzugerechnet.</translation>
    </message>
    <message>
        <source>Closed on {day}</source>
        <translation>Geschlossen am {day}</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Mon–Fri 9:00–18:00
Sat 9:00–13:00</source>
        <translation>Mo–Fr 9:00–18:00
Sa 9:00–13:00</translation>
    </message>
    <message>
        <source>a “documents” folder next to the shop file</source>
        <translation>ein Ordner „documents“ neben der Shop-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Currency (3 letters):</source>
        <translation>Wä&amp;hrung (3 Buchstaben):</translation>
    </message>
    <message>
        <source>&amp;Locale (money and dates):</source>
        <translation>&amp;Gebietsschema (Geld und Datum):</translation>
    </message>
    <message>
        <source>&amp;Tax rate (%):</source>
        <translation>Ste&amp;uersatz (%):</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>UI&amp;D-Nummer:</translation>
    </message>
    <message>
        <source>&amp;Deposit (% of the order):</source>
        <translation>An&amp;zahlung (% der Bestellung):</translation>
    </message>
    <message>
        <source>Pic&amp;kup hold (days):</source>
        <translation>A&amp;bholfrist (Tage):</translation>
    </message>
    <message>
        <source>Safety &amp;buffer (days):</source>
        <translation>Sicherheits&amp;puffer (Tage):</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Geschlossen am:</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>&amp;Öffnungszeiten:</translation>
    </message>
    <message>
        <source>Documents &amp;folder:</source>
        <translation>Dokumenten&amp;ordner:</translation>
    </message>
    <message>
        <source>Footer on every document</source>
        <translation>Fußzeile auf jedem Dokument</translation>
    </message>
    <message>
        <source>Note on supplier orders</source>
        <translation>Hinweis auf Lieferantenbestellungen</translation>
    </message>
    <message>
        <source>Note on pickup notices</source>
        <translation>Hinweis auf Abholscheinen</translation>
    </message>
    <message>
        <source>Note on order confirmations</source>
        <translation>Hinweis auf Auftragsbestätigungen</translation>
    </message>
    <message>
        <source>Footer (every document):</source>
        <translation>Fußzeile (jedes Dokument):</translation>
    </message>
    <message>
        <source>Supplier order note:</source>
        <translation>Hinweis Lieferantenbestellung:</translation>
    </message>
    <message>
        <source>Pickup notice note:</source>
        <translation>Hinweis Abholschein:</translation>
    </message>
    <message>
        <source>Confirmation note:</source>
        <translation>Hinweis Bestätigung:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>Shop details</source>
        <translation>Shop-Angaben</translation>
    </message>
    <message>
        <source>Money, orders and pickup</source>
        <translation>Geld, Bestellungen und Abholung</translation>
    </message>
    <message>
        <source>Pickup shelf, labels and telling customers</source>
        <translation>Abholregal, Etiketten und Kundenbenachrichtigung</translation>
    </message>
    <message>
        <source>Document texts</source>
        <translation>Dokumenttexte</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation>Einstellungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose the shop logo</source>
        <translation>Shop-Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{name} could not be read: {error}</source>
        <translation>{name} konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB; choose a smaller image.</source>
        <translation>Das Logo ist größer als 2 MB; wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image.</source>
        <translation>{name} ist kein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>Folder for generated documents</source>
        <translation>Ordner für erstellte Dokumente</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>pickup hold time</source>
        <translation>Abholfrist</translation>
    </message>
    <message>
        <source>safety buffer</source>
        <translation>Sicherheitspuffer</translation>
    </message>
    <message>
        <source>The tax rate “{text}” is not a percentage; write it like 20 or 7.5.</source>
        <translation>Der Steuersatz „{text}“ ist kein Prozentwert; schreiben Sie ihn wie 20 oder 7,5.</translation>
    </message>
    <message>
        <source>The tax rate cannot be negative.</source>
        <translation>Der Steuersatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>orders@example.com</source>
        <translation>bestellung@beispiel.de</translation>
    </message>
    <message>
        <source>minimum order value</source>
        <translation>Mindestbestellwert</translation>
    </message>
    <message>
        <source>Minimum order value</source>
        <translation>Mindestbestellwert</translation>
    </message>
    <message>
        <source>Planning may order from active suppliers only.</source>
        <translation>Die Planung darf nur bei aktiven Lieferanten bestellen.</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>Ans&amp;prechpartner:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Acco&amp;unt number:</source>
        <translation>&amp;Kundennummer:</translation>
    </message>
    <message>
        <source>&amp;Lead time (days):</source>
        <translation>&amp;Lieferzeit (Tage):</translation>
    </message>
    <message>
        <source>Delivers on:</source>
        <translation>Liefert am:</translation>
    </message>
    <message>
        <source>&amp;Minimum order value:</source>
        <translation>&amp;Mindestbestellwert:</translation>
    </message>
    <message>
        <source>Save the supplier (Ctrl+S)</source>
        <translation>Lieferanten speichern (Strg+S)</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Neuer Lieferant</translation>
    </message>
    <message>
        <source>Supplier {name}</source>
        <translation>Lieferant {name}</translation>
    </message>
    <message>
        <source>Supplier order lines</source>
        <translation>Positionen der Lieferantenbestellung</translation>
    </message>
    <message>
        <source>Customers of the selected line</source>
        <translation>Kunden der ausgewählten Position</translation>
    </message>
    <message>
        <source>Change &amp;quantity…</source>
        <translation>&amp;Menge ändern…</translation>
    </message>
    <message>
        <source>&amp;Remove line…</source>
        <translation>Position &amp;entfernen…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to supplier…</source>
        <translation>Zu anderem Lieferanten &amp;verschieben…</translation>
    </message>
    <message>
        <source>Notes for the supplier</source>
        <translation>Notizen für den Lieferanten</translation>
    </message>
    <message>
        <source>Notes printed on the order for the supplier</source>
        <translation>Notizen, die für den Lieferanten auf die Bestellung gedruckt werden</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>Notizen s&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>Bestellung st&amp;ornieren…</translation>
    </message>
    <message>
        <source>Close s&amp;hort…</source>
        <translation>Gekürzt a&amp;bschließen…</translation>
    </message>
    <message>
        <source>Receive &amp;delivery…</source>
        <translation>&amp;Lieferung erfassen…</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>No supplier order selected</source>
        <translation>Keine Lieferantenbestellung ausgewählt</translation>
    </message>
    <message>
        <source>Choose an order in the list to see its lines and customers.</source>
        <translation>Wählen Sie eine Bestellung in der Liste, um ihre Positionen und Kunden zu sehen.</translation>
    </message>
    <message>
        <source>Status: {status} · Expected: {expected} · Value: {value}</source>
        <translation>Status: {status} · Erwartet: {expected} · Wert: {value}</translation>
    </message>
    <message>
        <source> (supplier minimum {minimum})</source>
        <translation> (Mindestwert des Lieferanten {minimum})</translation>
    </message>
    <message>
        <source>Status: {status} · Expected: {expected}</source>
        <translation>Status: {status} · Erwartet: {expected}</translation>
    </message>
    <message>
        <source>Below the minimum of {minimum}: hold the draft or send anyway.</source>
        <translation>Unter dem Mindestwert von {minimum}: Entwurf zurückhalten oder trotzdem senden.</translation>
    </message>
    <message>
        <source>Late: it was expected on {date}. The customers below are still waiting.</source>
        <translation>Verspätet: sie wurde am {date} erwartet. Die Kunden unten warten noch.</translation>
    </message>
    <message>
        <source>Sent on {date}: the supplier has this order, so its lines and notes can no longer be changed. Cancel it or close it short instead.</source>
        <translation>Gesendet am {date}: der Lieferant hat diese Bestellung, daher können Positionen und Notizen nicht mehr geändert werden. Stornieren Sie sie oder schließen Sie sie stattdessen gekürzt ab.</translation>
    </message>
    <message>
        <source>This order is {status}; nothing about it can be changed any more.</source>
        <translation>Diese Bestellung ist {status}; an ihr kann nichts mehr geändert werden.</translation>
    </message>
    <message>
        <source>{sku} is for: {customers}</source>
        <translation>{sku} ist für: {customers}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>{n} × {sku} for {number} ({customer})</source>
        <translation>{n} × {sku} für {number} ({customer})</translation>
    </message>
    <message>
        <source>These customers go back to waiting:</source>
        <translation>Diese Kunden warten dann wieder:</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <source>No customer is waiting for it.</source>
        <translation>Kein Kunde wartet darauf.</translation>
    </message>
    <message>
        <source>Change quantity</source>
        <translation>Menge ändern</translation>
    </message>
    <message>
        <source>Units of {sku} (customers need {covered}; pack of {pack}):</source>
        <translation>Einheiten von {sku} (Kunden brauchen {covered}; Packung zu {pack}):</translation>
    </message>
    <message>
        <source>{n} for {number} ({customer})</source>
        <translation>{n} für {number} ({customer})</translation>
    </message>
    <message>
        <source>Remove {n} × {sku} from {number}?</source>
        <translation>{n} × {sku} aus {number} entfernen?</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Move to supplier</source>
        <translation>Zu anderem Lieferanten verschieben</translation>
    </message>
    <message>
        <source>No other supplier has an active offer for {sku}; add one in the catalog.</source>
        <translation>Kein anderer Lieferant hat ein aktives Angebot für {sku}; legen Sie eines im Katalog an.</translation>
    </message>
    <message>
        <source>Order {sku} from:</source>
        <translation>{sku} bestellen bei:</translation>
    </message>
    <message>
        <source>Notes of {number} saved.</source>
        <translation>Notizen von {number} gespeichert.</translation>
    </message>
    <message>
        <source>Cancel {number} ({supplier})?</source>
        <translation>{number} ({supplier}) stornieren?</translation>
    </message>
    <message>
        <source>Tell the supplier too: it was already sent.</source>
        <translation>Informieren Sie auch den Lieferanten: die Bestellung wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>Cancel supplier order</source>
        <translation>Lieferantenbestellung stornieren</translation>
    </message>
    <message>
        <source>Close {number} short? The rest will never come; what was received stays.</source>
        <translation>{number} gekürzt abschließen? Der Rest kommt nie; was erhalten wurde, bleibt.</translation>
    </message>
    <message>
        <source>Close short</source>
        <translation>Gekürzt abschließen</translation>
    </message>
    <message>
        <source>Open (draft, sent, partly received)</source>
        <translation>Offen (Entwurf, gesendet, teilweise erhalten)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Search by number or supplier</source>
        <translation>Nach Nummer oder Lieferant suchen</translation>
    </message>
    <message>
        <source>Search supplier orders</source>
        <translation>Lieferantenbestellungen durchsuchen</translation>
    </message>
    <message>
        <source>Show supplier orders with status</source>
        <translation>Lieferantenbestellungen mit Status anzeigen</translation>
    </message>
    <message>
        <source>Show orders of supplier</source>
        <translation>Bestellungen des Lieferanten anzeigen</translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>Lie&amp;ferant:</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Alle Lieferanten</translation>
    </message>
    <message>
        <source>Active suppliers</source>
        <translation>Aktive Lieferanten</translation>
    </message>
    <message>
        <source>Inactive suppliers</source>
        <translation>Inaktive Lieferanten</translation>
    </message>
    <message>
        <source>The supplier</source>
        <translation>Der Lieferant</translation>
    </message>
    <message>
        <source>Search by name, contact, email, phone or account</source>
        <translation>Nach Name, Ansprechpartner, E-Mail, Telefon oder Kundennummer suchen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation>Liefert</translation>
    </message>
    <message>
        <source>&amp;New supplier</source>
        <translation>Neuer Lie&amp;ferant</translation>
    </message>
    <message>
        <source>Supplier {name} saved.</source>
        <translation>Lieferant {name} gespeichert.</translation>
    </message>
    <message>
        <source>1 supplier</source>
        <translation>1 Lieferant</translation>
    </message>
    <message>
        <source>{count} suppliers</source>
        <translation>{count} Lieferanten</translation>
    </message>
    <message>
        <source>Write off surplus</source>
        <translation>Überschuss abschreiben</translation>
    </message>
    <message>
        <source>{sku} {name}: {quantity} {unit} surplus.</source>
        <translation>{sku} {name}: {quantity} {unit} Überschuss.</translation>
    </message>
    <message>
        <source>e.g. damaged, sold over the counter, returned</source>
        <translation>z. B. beschädigt, an der Theke verkauft, zurückgegeben</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Abschreiben</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Use surplus for an order</source>
        <translation>Überschuss für eine Bestellung verwenden</translation>
    </message>
    <message>
        <source>{quantity} {unit} of {sku} {name} are surplus. Orders waiting for it:</source>
        <translation>{quantity} {unit} von {sku} {name} sind Überschuss. Bestellungen, die darauf warten:</translation>
    </message>
    <message>
        <source>Orders waiting for the product</source>
        <translation>Bestellungen, die auf das Produkt warten</translation>
    </message>
    <message>
        <source>No open order is waiting for this product.</source>
        <translation>Keine offene Bestellung wartet auf dieses Produkt.</translation>
    </message>
    <message>
        <source>Use for this order</source>
        <translation>Für diese Bestellung verwenden</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>&amp;Abschreiben…</translation>
    </message>
    <message>
        <source>&amp;Use for an order…</source>
        <translation>Für eine Bestellung &amp;verwenden…</translation>
    </message>
    <message>
        <source>{products}, {units} of surplus</source>
        <translation>{products}, {units} Überschuss</translation>
    </message>
    <message>
        <source>{products}, {units} of surplus worth {value}</source>
        <translation>{products}, {units} Überschuss im Wert von {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>No surplus on hand.</source>
        <translation>Kein Überschuss vorhanden.</translation>
    </message>
    <message>
        <source>Written off.</source>
        <translation>Abgeschrieben.</translation>
    </message>
    <message>
        <source>Order {number} is now ready.</source>
        <translation>Bestellung {number} ist jetzt abholbereit.</translation>
    </message>
    <message>
        <source>Surplus allocated to order {number}.</source>
        <translation>Überschuss der Bestellung {number} zugeteilt.</translation>
    </message>
    <message>
        <source>Show or hide {title}</source>
        <translation>{title} ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide this section</source>
        <translation>Diesen Abschnitt ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Orders waiting to be ordered</source>
        <translation>Noch nicht bestellte Kundenbestellungen</translation>
    </message>
    <message>
        <source>Draft supplier orders to send</source>
        <translation>Zu sendende Entwürfe von Lieferantenbestellungen</translation>
    </message>
    <message>
        <source>Late supplier orders</source>
        <translation>Verspätete Lieferantenbestellungen</translation>
    </message>
    <message>
        <source>Deliveries expected today</source>
        <translation>Heute erwartete Lieferungen</translation>
    </message>
    <message>
        <source>Ready, customer not told yet</source>
        <translation>Abholbereit, Kunde noch nicht benachrichtigt</translation>
    </message>
    <message>
        <source>Ready but not collected past the pickup-by date</source>
        <translation>Abholbereit, aber nach Ablauf der Abholfrist nicht abgeholt</translation>
    </message>
    <message>
        <source>Surplus on hand</source>
        <translation>Vorhandener Überschuss</translation>
    </message>
    <message>
        <source>Margins under pressure</source>
        <translation>Margen unter Druck</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) to review before they can be ordered.</source>
        <translation>
            <numerusform>%n neuer Artikel ist zu prüfen, bevor er bestellt werden kann.</numerusform>
            <numerusform>%n neue Artikel sind zu prüfen, bevor sie bestellt werden können.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deliveries…</source>
        <translation>Aus&amp;lieferungen…</translation>
    </message>
    <message numerus="yes">
        <source>Ready to deliver (%n)</source>
        <translation>
            <numerusform>Zur Auslieferung bereit (%n)</numerusform>
            <numerusform>Zur Auslieferung bereit (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;web orders…</source>
        <translation>&amp;Web-Bestellungen prüfen…</translation>
    </message>
    <message>
        <source>Web orders to check ({n})</source>
        <translation>Zu prüfende Web-Bestellungen ({n})</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… und {n} weitere.</translation>
    </message>
    <message>
        <source>&amp;Plan orders…</source>
        <translation>Bestellungen &amp;planen…</translation>
    </message>
    <message numerus="yes">
        <source>{orders} need {units} that are not ordered yet.</source>
        <translation>
            <numerusform>{orders} braucht {units}, die noch nicht bestellt sind.</numerusform>
            <numerusform>{orders} brauchen {units}, die noch nicht bestellt sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer order(s)</source>
        <translation>
            <numerusform>%n Kundenbestellung</numerusform>
            <numerusform>%n Kundenbestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} · {supplier} · %n line(s) · {value}</source>
        <translation>
            <numerusform>{number} · {supplier} · %n Position · {value}</numerusform>
            <numerusform>{number} · {supplier} · %n Positionen · {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} · {supplier} · %n line(s)</source>
        <translation>
            <numerusform>{number} · {supplier} · %n Position</numerusform>
            <numerusform>{number} · {supplier} · %n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the supplier&apos;s minimum order of {minimum}.</source>
        <translation>Unter dem Mindestbestellwert des Lieferanten von {minimum}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>{number} · {supplier} · expected {date} · %n day(s) late</source>
        <translation>
            <numerusform>{number} · {supplier} · erwartet {date} · %n Tag verspätet</numerusform>
            <numerusform>{number} · {supplier} · erwartet {date} · %n Tage verspätet</numerusform>
        </translation>
    </message>
    <message>
        <source>{orders} waiting for {units}</source>
        <translation>{orders} warten auf {units}</translation>
    </message>
    <message>
        <source>Keeps {orders} waiting for {units}:</source>
        <translation>Lässt {orders} auf {units} warten:</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>kein Telefon</translation>
    </message>
    <message>
        <source>{number} · {supplier} · {lines}, {units}</source>
        <translation>{number} · {supplier} · {lines}, {units}</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Einbuchen</translation>
    </message>
    <message>
        <source>shelf {shelf}</source>
        <translation>Regalfach {shelf}</translation>
    </message>
    <message>
        <source>Print &amp;pickup notices…</source>
        <translation>Abholscheine &amp;drucken…</translation>
    </message>
    <message>
        <source>Ready since {date} · balance due {balance}</source>
        <translation>Abholbereit seit {date} · offen {balance}</translation>
    </message>
    <message>
        <source>Re&amp;minders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message numerus="yes">
        <source>Pickup by {date} (%n day(s) ago) · balance due {balance}</source>
        <translation>
            <numerusform>Abholung bis {date} (vor %n Tag) · offen {balance}</numerusform>
            <numerusform>Abholung bis {date} (vor %n Tagen) · offen {balance}</numerusform>
        </translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <source>{units} of {products}, worth {value} at cost.</source>
        <translation>{units} von {products}, zum Einkaufspreis {value} wert.</translation>
    </message>
    <message>
        <source>{units} of {products}.</source>
        <translation>{units} von {products}.</translation>
    </message>
    <message>
        <source>All in &amp;Reports</source>
        <translation>Alles unter &amp;Berichte</translation>
    </message>
    <message>
        <source>{number} · {customer}
Quoted {quoted} · cost now {cost} · margin {rate} · deposit held {deposit}</source>
        <translation>{number} · {customer}
Angeboten {quoted} · Kosten jetzt {cost} · Marge {rate} · Anzahlung {deposit}</translation>
    </message>
    <message numerus="yes">
        <source>%n pickup notice(s) in {file}; those customers count as notified.</source>
        <translation>
            <numerusform>%n Abholschein in {file}; diese Kunden gelten als benachrichtigt.</numerusform>
            <numerusform>%n Abholscheine in {file}; diese Kunden gelten als benachrichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {n} are linked below.</source>
        <translation>Die ersten {n} sind unten verlinkt.</translation>
    </message>
    <message>
        <source>jitdesk shops (*.jitdesk);;All files (*)</source>
        <translation>jitdesk-Shops (*.jitdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the shop</source>
        <translation>Der Shop kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{address} is not the address of a shop on a server; it begins with postgresql://, e.g. postgresql://anna@shop-server:5432/bikeshop.</source>
        <translation>{address} ist keine Adresse eines Geschäfts auf einem Server; sie beginnt mit postgresql://, z. B. postgresql://anna@shop-server:5432/bikeshop.</translation>
    </message>
    <message>
        <source>Cannot save the connection</source>
        <translation>Die Verbindung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved server connections</source>
        <translation>Gespeicherte Serververbindungen</translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation>Shop öffnen</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Demo-Shop</translation>
    </message>
    <message>
        <source>The demo shop is not available in this version.</source>
        <translation>Der Demo-Shop ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Neuer Shop</translation>
    </message>
    <message>
        <source>The name printed on your documents</source>
        <translation>Der Name, der auf Ihren Dokumenten steht</translation>
    </message>
    <message>
        <source>Choose where to save the shop file</source>
        <translation>Speicherort der Shop-Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Shop &amp;file:</source>
        <translation>Shop-&amp;Datei:</translation>
    </message>
    <message>
        <source>Create shop</source>
        <translation>Shop anlegen</translation>
    </message>
    <message>
        <source>New shop file</source>
        <translation>Neue Shop-Datei</translation>
    </message>
    <message>
        <source>Choose where to keep the shop file.</source>
        <translation>Wählen Sie, wo die Shop-Datei liegen soll.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}).</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <source>Welcome to jitdesk</source>
        <translation>Willkommen bei jitdesk</translation>
    </message>
    <message>
        <source>jitdesk keeps your shop — customers, orders, suppliers — in one shop file on this computer. How would you like to start?</source>
        <translation>jitdesk speichert Ihren Shop — Kunden, Bestellungen, Lieferanten — in einer Shop-Datei auf diesem Computer. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation>Demo-Shop ausprobieren</translation>
    </message>
    <message>
        <source>A sample shop with suppliers, products and orders to explore.</source>
        <translation>Ein Beispiel-Shop mit Lieferanten, Produkten und Bestellungen zum Erkunden.</translation>
    </message>
    <message>
        <source>Open a shop file…</source>
        <translation>Shop-Datei öffnen…</translation>
    </message>
    <message>
        <source>Continue with a shop file you already have.</source>
        <translation>Mit einer vorhandenen Shop-Datei weitermachen.</translation>
    </message>
    <message>
        <source>Open a shop on a server…</source>
        <translation>Geschäft auf einem Server öffnen…</translation>
    </message>
    <message>
        <source>Work on the shop your other desks share on a PostgreSQL server.</source>
        <translation>Mit dem Geschäft arbeiten, das Ihre anderen Arbeitsplätze auf einem PostgreSQL-Server teilen.</translation>
    </message>
    <message>
        <source>Create a new shop…</source>
        <translation>Neuen Shop anlegen…</translation>
    </message>
    <message>
        <source>Start empty: give your shop a name and currency.</source>
        <translation>Leer beginnen: geben Sie Ihrem Shop einen Namen und eine Währung.</translation>
    </message>
    <message>
        <source>Type a name, phone or email</source>
        <translation>Name, Telefon oder E-Mail eingeben</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>Neuer K&amp;unde…</translation>
    </message>
    <message>
        <source>Add a customer who is not in the list yet</source>
        <translation>Einen Kunden anlegen, der noch nicht in der Liste steht</translation>
    </message>
    <message>
        <source>No customer matches “{text}”; use New customer to add them.</source>
        <translation>Kein Kunde passt zu „{text}“; legen Sie ihn mit „Neuer Kunde“ an.</translation>
    </message>
    <message>
        <source>The {label} is missing; enter a whole number.</source>
        <translation>Das Feld „{label}“ ist leer; geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>The {label} “{text}” is not a whole number of {minimum} or more.</source>
        <translation>„{text}“ ist bei „{label}“ keine ganze Zahl ab {minimum}.</translation>
    </message>
    <message>
        <source>The {label} must be at least {minimum}.</source>
        <translation>„{label}“ muss mindestens {minimum} sein.</translation>
    </message>
    <message>
        <source>The {label} must be at most {maximum}.</source>
        <translation>„{label}“ darf höchstens {maximum} sein.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>{what} hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>The {label} is missing; enter an amount such as 12.50.</source>
        <translation>Das Feld „{label}“ ist leer; geben Sie einen Betrag wie 12,50 ein.</translation>
    </message>
    <message>
        <source>The {label} cannot be negative.</source>
        <translation>„{label}“ darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a SKU or name and press Enter</source>
        <translation>Barcode scannen oder SKU bzw. Namen eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>{count} products match “{text}”; pick one from the list.</source>
        <translation>{count} Produkte passen zu „{text}“; wählen Sie eines aus der Liste.</translation>
    </message>
    <message>
        <source>No product has the code or name “{text}”.</source>
        <translation>Kein Produkt hat den Code oder Namen „{text}“.</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <source>As the shop ({0})</source>
        <translation>Wie das Geschäft ({0})</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>Bitte wählen Sie zuerst eine Bestellung aus.</translation>
    </message>
    <message>
        <source>This order is fully paid: there is nothing left to pay.</source>
        <translation>Diese Bestellung ist vollständig bezahlt: Es ist nichts mehr offen.</translation>
    </message>
    <message>
        <source>This order is completed or cancelled, so it can no longer change.</source>
        <translation>Diese Bestellung ist abgeschlossen oder storniert und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The customer can be told once the order is ready for pickup.</source>
        <translation>Der Kunde kann benachrichtigt werden, sobald die Bestellung abholbereit ist.</translation>
    </message>
    <message>
        <source>Select a line that still has items not handed over.</source>
        <translation>Wählen Sie eine Position mit noch nicht ausgegebenen Artikeln.</translation>
    </message>
    <message>
        <source>There is nothing in this section to do it for.</source>
        <translation>In diesem Abschnitt ist derzeit nichts zu erledigen.</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>Bitte wählen Sie zuerst ein Dokument aus.</translation>
    </message>
    <message>
        <source>The folder the file was written to no longer exists.</source>
        <translation>Der Ordner, in den die Datei geschrieben wurde, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Please wait until the current step has finished.</source>
        <translation>Bitte warten Sie, bis der aktuelle Schritt abgeschlossen ist.</translation>
    </message>
    <message>
        <source>No ready order is due for delivery by the chosen day.</source>
        <translation>Bis zum gewählten Tag ist keine fertige Bestellung zur Auslieferung fällig.</translation>
    </message>
    <message>
        <source>Only the owner may do this; the owner can allow it for staff in Settings ▸ People.</source>
        <translation>Nur der Inhaber darf das; er kann es Mitarbeitern unter Einstellungen ▸ Personen erlauben.</translation>
    </message>
    <message>
        <source>Only the owner sees costs and margins; the owner can allow it for staff in Settings ▸ People.</source>
        <translation>Nur der Inhaber sieht Einkaufspreise und Margen; er kann es Mitarbeitern unter Einstellungen ▸ Personen erlauben.</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Wählen Sie zuerst eine Person aus.</translation>
    </message>
    <message>
        <source>Add the owner first: permissions matter once people sign in.</source>
        <translation>Fügen Sie zuerst den Inhaber hinzu: Berechtigungen gelten, sobald sich Personen anmelden.</translation>
    </message>
    <message>
        <source>This order is below the supplier&apos;s minimum: tick “Send anyway” to send it.</source>
        <translation>Diese Bestellung liegt unter dem Mindestbestellwert des Lieferanten: Setzen Sie das Häkchen bei „Trotzdem senden“, um sie zu senden.</translation>
    </message>
    <message>
        <source>Enter your shop&apos;s details</source>
        <translation>Geben Sie die Daten Ihres Geschäfts ein</translation>
    </message>
    <message>
        <source>Add your suppliers</source>
        <translation>Legen Sie Ihre Lieferanten an</translation>
    </message>
    <message>
        <source>Add products with their supplier offers, or import a price list</source>
        <translation>Legen Sie Artikel mit ihren Lieferantenangeboten an oder importieren Sie eine Preisliste</translation>
    </message>
    <message>
        <source>Take your first customer order</source>
        <translation>Nehmen Sie Ihre erste Kundenbestellung auf</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Set up the shop in these steps; each is ticked off as soon as it is done.</source>
        <translation>Richten Sie Ihr Geschäft in diesen Schritten ein; jeder Schritt wird abgehakt, sobald er erledigt ist.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} von {total}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the result</source>
        <translation>Ergebnis ausblenden</translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose which column of the file holds each value. The order number, the quantity and the SKU or item name are needed; jitdesk remembers your choice for files with these columns.</source>
        <translation>Wählen Sie, in welcher Spalte der Datei jede Angabe steht. Bestellnummer, Menge und Artikelnummer oder Artikelbezeichnung sind nötig; jitdesk merkt sich Ihre Wahl für Dateien mit diesen Spalten.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Web orders are being fetched already.</source>
        <translation>Web-Bestellungen werden bereits abgerufen.</translation>
    </message>
    <message>
        <source>Fetching web orders from {host}…</source>
        <translation>Web-Bestellungen werden von {host} abgerufen…</translation>
    </message>
    <message>
        <source>Secret for {shop} at {host}:</source>
        <translation>Geheimnis für {shop} unter {host}:</translation>
    </message>
    <message>
        <source>&amp;Web shop…</source>
        <translation>W&amp;ebshop…</translation>
    </message>
    <message>
        <source>&amp;Fetch web orders now</source>
        <translation>Web-Bestellungen jetzt &amp;abrufen</translation>
    </message>
    <message>
        <source>Not told yet</source>
        <translation>Noch nicht benachrichtigt</translation>
    </message>
    <message>
        <source>62 mm continuous roll (one label per bag)</source>
        <translation>62-mm-Endlosrolle (ein Etikett pro Beutel)</translation>
    </message>
    <message>
        <source>4 × 6 in shipping labels</source>
        <translation>Versandetiketten 4 × 6 Zoll</translation>
    </message>
    <message>
        <source>A4 sheets of 24 labels (3 × 8, 70 × 37 mm)</source>
        <translation>A4-Bögen mit 24 Etiketten (3 × 8, 70 × 37 mm)</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Etikettenformat</translation>
    </message>
    <message>
        <source>e.g. A1-A20, B1-B20, Door</source>
        <translation>z. B. A1-A20, B1-B20, Tür</translation>
    </message>
    <message>
        <source>The shelf names suggested in this order when orders are put away: names and ranges separated by commas. Empty: no suggestion.</source>
        <translation>Die Regalfächer, die beim Einräumen in dieser Reihenfolge vorgeschlagen werden: Namen und Bereiche, durch Kommas getrennt. Leer: kein Vorschlag.</translation>
    </message>
    <message>
        <source>How customers are told who did not choose a way of their own</source>
        <translation>Wie Kunden benachrichtigt werden, die keine eigene Art gewählt haben</translation>
    </message>
    <message>
        <source>Label si&amp;ze:</source>
        <translation>Eti&amp;kettenformat:</translation>
    </message>
    <message>
        <source>Shelf na&amp;mes:</source>
        <translation>Regalfach-Na&amp;men:</translation>
    </message>
    <message>
        <source>Tell customers b&amp;y:</source>
        <translation>Standardm&amp;äßig benachrichtigen per:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Printed notice</source>
        <translation>Gedruckter Abholschein</translation>
    </message>
    <message>
        <source>Tell by e-mail</source>
        <translation>Per E-Mail benachrichtigen</translation>
    </message>
    <message>
        <source>Tell by phone</source>
        <translation>Telefonisch benachrichtigen</translation>
    </message>
    <message>
        <source>Tell with a printed notice</source>
        <translation>Mit gedrucktem Abholschein benachrichtigen</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>called, no answer</source>
        <translation>angerufen, keine Antwort</translation>
    </message>
    <message>
        <source>called, left a message</source>
        <translation>angerufen, Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>called, wrong number</source>
        <translation>angerufen, falsche Nummer</translation>
    </message>
    <message>
        <source>How to tell the customer</source>
        <translation>Wie der Kunde benachrichtigt wird</translation>
    </message>
    <message>
        <source>As the shop chose ({channel})</source>
        <translation>Wie im Geschäft eingestellt ({channel})</translation>
    </message>
    <message>
        <source>Delivered: {number}</source>
        <translation>Ausgeliefert: {number}</translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>&amp;Ausgeliefert</translation>
    </message>
    <message>
        <source>Deliver &amp;to the customer</source>
        <translation>An den Kunden lie&amp;fern</translation>
    </message>
    <message>
        <source>Deliver the order instead of having the customer collect it</source>
        <translation>Die Bestellung liefern, statt sie vom Kunden abholen zu lassen</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Straße und Hausnummer
PLZ und Ort</translation>
    </message>
    <message>
        <source>Delivery addr&amp;ess:</source>
        <translation>Liefera&amp;dresse:</translation>
    </message>
    <message>
        <source>Deli&amp;very date:</source>
        <translation>Lieferter&amp;min:</translation>
    </message>
    <message>
        <source>Extend pickup-by</source>
        <translation>Abholfrist verlängern</translation>
    </message>
    <message>
        <source>{number} is kept until {date}. Keep it longer:</source>
        <translation>{number} wird bis {date} aufbewahrt. Länger aufbewahren:</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n order(s) longer (the latest is kept until {date}):</source>
        <translation>
            <numerusform>%n Bestellung länger aufbewahren (sie wird bis {date} aufbewahrt):</numerusform>
            <numerusform>%n Bestellungen länger aufbewahren (die späteste wird bis {date} aufbewahrt):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Um</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days to add to the pickup-by date</source>
        <translation>Tage, um die die Abholfrist verlängert wird</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>New pickup-by date</source>
        <translation>Neue Abholfrist</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Verlängern</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat order(s) created: {numbers}</source>
        <translation>
            <numerusform>%n Wiederholungsbestellung angelegt: {numbers}</numerusform>
            <numerusform>%n Wiederholungsbestellungen angelegt: {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>Monat</numerusform>
            <numerusform>Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat order {number}</source>
        <translation>Bestellung {number} wiederholen</translation>
    </message>
    <message>
        <source>The same items are ordered again for this customer at the interval you choose. Each order gets its own promised date.</source>
        <translation>Dieselben Artikel werden für diesen Kunden im gewählten Abstand erneut bestellt. Jede Bestellung erhält ihren eigenen Zusagetermin.</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Never (until stopped)</source>
        <translation>&amp;Nie (bis zum Beenden)</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>A&amp;m</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>Na&amp;ch</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source> orders in all</source>
        <translation> Bestellungen insgesamt</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Anzahl der Bestellungen</translation>
    </message>
    <message>
        <source> days before it is due</source>
        <translation> Tage vor Fälligkeit</translation>
    </message>
    <message>
        <source>Create each order</source>
        <translation>Jede Bestellung anlegen</translation>
    </message>
    <message>
        <source>Long enough for the supplier to deliver: the order&apos;s own lead time is suggested.</source>
        <translation>Lange genug, damit der Lieferant liefern kann: Vorgeschlagen wird die Vorlaufzeit dieser Bestellung.</translation>
    </message>
    <message>
        <source>Repeat &amp;every:</source>
        <translation>Wiederholen &amp;alle:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message>
        <source>&amp;Create each order:</source>
        <translation>Jede Bestellung an&amp;legen:</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>Wiederholungsbestellungen</translation>
    </message>
    <message>
        <source>Part of the repeat of {number} ({interval})</source>
        <translation>Teil der Wiederholung von {number} ({interval})</translation>
    </message>
    <message>
        <source>Open the order this repeat copies</source>
        <translation>Die Bestellung öffnen, die diese Wiederholung kopiert</translation>
    </message>
    <message>
        <source>A cancelled order cannot repeat.</source>
        <translation>Eine stornierte Bestellung kann nicht wiederholt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Repeat stopped ({interval}) · %n order(s) made</source>
        <translation>
            <numerusform>Wiederholung beendet ({interval}) · %n Bestellung angelegt</numerusform>
            <numerusform>Wiederholung beendet ({interval}) · %n Bestellungen angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat finished ({interval}) · %n order(s) made</source>
        <translation>
            <numerusform>Wiederholung abgeschlossen ({interval}) · %n Bestellung angelegt</numerusform>
            <numerusform>Wiederholung abgeschlossen ({interval}) · %n Bestellungen angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat paused ({interval}): resume it to order again</source>
        <translation>Wiederholung pausiert ({interval}): Fortsetzen, um wieder zu bestellen</translation>
    </message>
    <message>
        <source>Repeats {interval} · next order due {due}, created {created}</source>
        <translation>Wiederholt sich {interval} · nächste Bestellung fällig am {due}, angelegt am {created}</translation>
    </message>
    <message>
        <source>Part of the repeat of {number}</source>
        <translation>Teil der Wiederholung von {number}</translation>
    </message>
    <message>
        <source>Repeat…</source>
        <translation>Wiederholen…</translation>
    </message>
    <message>
        <source>Order the same items again every few days, weeks or months</source>
        <translation>Dieselben Artikel alle paar Tage, Wochen oder Monate erneut bestellen</translation>
    </message>
    <message>
        <source>Pause repeat</source>
        <translation>Wiederholung pausieren</translation>
    </message>
    <message>
        <source>No more orders until it is resumed</source>
        <translation>Keine weiteren Bestellungen, bis sie fortgesetzt wird</translation>
    </message>
    <message>
        <source>Resume repeat</source>
        <translation>Wiederholung fortsetzen</translation>
    </message>
    <message>
        <source>Order again from the next due date on</source>
        <translation>Ab dem nächsten Fälligkeitstermin wieder bestellen</translation>
    </message>
    <message>
        <source>Stop repeat</source>
        <translation>Wiederholung beenden</translation>
    </message>
    <message>
        <source>No more orders; the orders already made stay</source>
        <translation>Keine weiteren Bestellungen; bereits angelegte Bestellungen bleiben bestehen</translation>
    </message>
    <message>
        <source>repeat paused</source>
        <translation>Wiederholung pausiert</translation>
    </message>
    <message>
        <source>repeat resumed</source>
        <translation>Wiederholung fortgesetzt</translation>
    </message>
    <message>
        <source>repeat stopped</source>
        <translation>Wiederholung beendet</translation>
    </message>
    <message>
        <source>This order does not repeat.</source>
        <translation>Diese Bestellung wird nicht wiederholt.</translation>
    </message>
    <message>
        <source>S&amp;witch person…</source>
        <translation>&amp;Person wechseln…</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Angemeldet: {name} ({role})</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Who is working at this desk? Choose your name and type your PIN.</source>
        <translation>Wer arbeitet an diesem Platz? Wählen Sie Ihren Namen und geben Sie Ihre PIN ein.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>Neue PIN für {name}</translation>
    </message>
    <message>
        <source>Add the owner</source>
        <translation>Inhaber hinzufügen</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>The first person is the shop&apos;s owner.</source>
        <translation>Die erste Person ist der Inhaber des Geschäfts.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits):</source>
        <translation>&amp;PIN (4 bis 12 Ziffern):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Die beiden PINs stimmen nicht überein; geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>New PIN…</source>
        <translation>Neue PIN…</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>Zum Inhaber machen</translation>
    </message>
    <message>
        <source>Staff may also:</source>
        <translation>Mitarbeiter dürfen außerdem:</translation>
    </message>
    <message>
        <source>Each desk signs in as one of these people; the owner decides what staff may do. Changes here are saved at once.</source>
        <translation>Jeder Arbeitsplatz meldet sich als eine dieser Personen an; der Inhaber legt fest, was Mitarbeiter dürfen. Änderungen hier werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Nobody signs in while the owner works alone. Once a second person is added, jitdesk asks who is working when the shop is opened.</source>
        <translation>Solange der Inhaber allein arbeitet, meldet sich niemand an. Sobald eine zweite Person hinzukommt, fragt jitdesk beim Öffnen des Ladens, wer arbeitet.</translation>
    </message>
    <message>
        <source>Nobody signs in yet. Add the owner first; once a second person is added, jitdesk asks who is working when the shop is opened.</source>
        <translation>Noch meldet sich niemand an. Fügen Sie zuerst den Inhaber hinzu; sobald eine zweite Person hinzukommt, fragt jitdesk beim Öffnen des Ladens, wer arbeitet.</translation>
    </message>
    <message>
        <source>Make staff</source>
        <translation>Zum Mitarbeiter machen</translation>
    </message>
    <message>
        <source>Updated with changes from another desk.</source>
        <translation>Aktualisiert mit Änderungen von einem anderen Arbeitsplatz.</translation>
    </message>
    <message>
        <source>Password for the shop&apos;s server</source>
        <translation>Passwort für den Server des Geschäfts</translation>
    </message>
    <message>
        <source>The server {server} refused the password of the user {user}. Type the right one to open the shop {dbname}.</source>
        <translation>Der Server {server} hat das Passwort des Benutzers {user} abgelehnt. Geben Sie das richtige ein, um das Geschäft {dbname} zu öffnen.</translation>
    </message>
    <message>
        <source>The server {server} asks for the password of the user {user} to open the shop {dbname}.</source>
        <translation>Der Server {server} verlangt das Passwort des Benutzers {user}, um das Geschäft {dbname} zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s keyring</source>
        <translation>Im Schlüsselbund dieses Computers &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Remember it on this computer (in ~/.pgpass)</source>
        <translation>Auf diesem Computer &amp;merken (in ~/.pgpass)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Geben Sie zuerst das Passwort ein.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation>Dokumentvorschau</translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n page(s)</source>
        <translation>
            <numerusform>{0} · %n Seite</numerusform>
            <numerusform>{0} · %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} could not be opened as a PDF.</source>
        <translation>{0} konnte nicht als PDF geöffnet werden.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Im PDF-Betrachter öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>No PDF viewer could be started; the file is {0}.</source>
        <translation>Es konnte kein PDF-Betrachter gestartet werden; die Datei ist {0}.</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>PDF speichern unter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}.</source>
        <translation>{0} konnte nicht gespeichert werden: {1}.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>0-30 days</source>
        <translation>0–30 Tage</translation>
    </message>
    <message>
        <source>31-90 days</source>
        <translation>31–90 Tage</translation>
    </message>
    <message>
        <source>91-180 days</source>
        <translation>91–180 Tage</translation>
    </message>
    <message>
        <source>over 180 days</source>
        <translation>über 180 Tage</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>Teilweise erhalten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Closed short</source>
        <translation>Gekürzt abgeschlossen</translation>
    </message>
    <message>
        <source>Waiting to be ordered</source>
        <translation>Noch zu bestellen</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>Bestellt</translation>
    </message>
</context>
</TS>
