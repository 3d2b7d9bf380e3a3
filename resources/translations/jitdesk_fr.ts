<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>The backup failed: {error}</source>
        <translation>La sauvegarde a échoué : {error}</translation>
    </message>
    <message>
        <source>Checking today&apos;s backup…</source>
        <translation>Vérification de la sauvegarde du jour…</translation>
    </message>
    <message>
        <source>Today&apos;s backup was saved as {name}.</source>
        <translation>La sauvegarde du jour a été enregistrée sous {name}.</translation>
    </message>
    <message>
        <source>Back up the shop</source>
        <translation>Sauvegarder la boutique</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>The shop was backed up to {path}.</source>
        <translation>La boutique a été sauvegardée dans {path}.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>A shop on a server is not restored over while desks use it: move the backup file into a new, empty database (jitdesk move-to-server) and open that one.</source>
        <translation>Une boutique sur un serveur n’est pas écrasée pendant que des postes l’utilisent : déplacez le fichier de sauvegarde dans une nouvelle base vide (jitdesk move-to-server) et ouvrez celle-ci.</translation>
    </message>
    <message>
        <source>Replace the shop {shop} with the backup {backup}? The shop as it is now is saved in its backups folder first.</source>
        <translation>Remplacer la boutique {shop} par la sauvegarde {backup} ? La boutique dans son état actuel est d’abord enregistrée dans son dossier de sauvegardes.</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mot de passe de messagerie</translation>
    </message>
    <message>
        <source>Password for {0} on {1}:</source>
        <translation>Mot de passe de {0} sur {1} :</translation>
    </message>
    <message>
        <source>No mail server is set up; open Settings → Email.</source>
        <translation>Aucun serveur de messagerie n’est configuré ; ouvrez Paramètres → E-mail.</translation>
    </message>
    <message>
        <source>Pickup notices</source>
        <translation>Avis de retrait</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>No ready order waits for an e-mail.</source>
        <translation>Aucune commande prête n’attend d’e-mail.</translation>
    </message>
    <message>
        <source>E-mailing pickup notices…</source>
        <translation>Envoi des avis de retrait par e-mail…</translation>
    </message>
    <message>
        <source>E-mailing reminders…</source>
        <translation>Envoi des rappels par e-mail…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>E-mailing {0} ({1} of {2})…</source>
        <translation>Envoi de {0} par e-mail ({1} sur {2})…</translation>
    </message>
    <message>
        <source>Pickup notice</source>
        <translation>Avis de retrait</translation>
    </message>
    <message numerus="yes">
        <source>Your mail program has a message ready for {numbers}. Attach the pickup notice PDF (its folder is open), send the message, then mark the %n order(s) notified.</source>
        <translation>
            <numerusform>Votre logiciel de messagerie a préparé un message pour {numbers}. Joignez le PDF de l’avis de retrait (son dossier est ouvert), envoyez le message, puis marquez la commande comme avisée.</numerusform>
            <numerusform>Votre logiciel de messagerie a préparé un message pour {numbers}. Joignez le PDF de l’avis de retrait (son dossier est ouvert), envoyez le message, puis marquez les %n commandes comme avisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark notified</source>
        <translation>Marquer comme avisé</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>&amp;Customer orders…</source>
        <translation>&amp;Commandes clients…</translation>
    </message>
    <message>
        <source>&amp;Supplier orders…</source>
        <translation>Commandes &amp;fournisseurs…</translation>
    </message>
    <message>
        <source>C&amp;ustomers…</source>
        <translation>C&amp;lients…</translation>
    </message>
    <message>
        <source>S&amp;urplus…</source>
        <translation>&amp;Surplus…</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>Exporter {0}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Supplier &amp;price list…</source>
        <translation>Liste de &amp;prix fournisseur…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>E-mail ready &amp;pickup notices…</source>
        <translation>Envoyer les avis de retrait par e-&amp;mail…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-mail…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Langue des documents :</translation>
    </message>
    <message>
        <source>Tell &amp;by:</source>
        <translation>&amp;Prévenir par :</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Ajouter le client</translation>
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
        <translation>Aucune (non chiffrée)</translation>
    </message>
    <message>
        <source>Supplier order</source>
        <translation>Commande fournisseur</translation>
    </message>
    <message>
        <source>Pickup reminder</source>
        <translation>Rappel de retrait</translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation>Paramètres e-mail</translation>
    </message>
    <message>
        <source>Keep it in the system keyring</source>
        <translation>Conserver dans le trousseau du système</translation>
    </message>
    <message>
        <source>Ask for the password each time</source>
        <translation>Demander le mot de passe à chaque fois</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;écurité :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mo&amp;t de passe :</translation>
    </message>
    <message>
        <source>Password &amp;kept:</source>
        <translation>Mot de passe &amp;conservé :</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Adresse d’expédition :</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver</source>
        <translation>Ser&amp;veur de messagerie</translation>
    </message>
    <message>
        <source>Messa&amp;ges</source>
        <translation>Messa&amp;ges</translation>
    </message>
    <message>
        <source>asked for each time mail is sent</source>
        <translation>demandé à chaque envoi</translation>
    </message>
    <message>
        <source>Send mail unencrypted?</source>
        <translation>Envoyer les e-mails sans chiffrement ?</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>&amp;Message for:</source>
        <translation>Message &amp;pour :</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Placeholders: {names}. Write $$ for a dollar sign.</source>
        <translation>Variables : {names}. Écrivez $$ pour un signe dollar.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>In the shop</source>
        <translation>En boutique</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Value in shop</source>
        <translation>Valeur en boutique</translation>
    </message>
    <message>
        <source>Hand over {number}</source>
        <translation>Remettre {number}</translation>
    </message>
    <message>
        <source>This order is not complete. Tick the lines to hand over now; the rest stays on order.</source>
        <translation>Cette commande n’est pas complète. Cochez les lignes à remettre maintenant ; le reste reste en commande.</translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation>Articles de la commande</translation>
    </message>
    <message>
        <source>Payment taken now</source>
        <translation>Paiement reçu maintenant</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Print a handover &amp;receipt</source>
        <translation>Imprimer un &amp;reçu de remise</translation>
    </message>
    <message>
        <source>Order total:</source>
        <translation>Total de la commande :</translation>
    </message>
    <message>
        <source>Paid so far:</source>
        <translation>Déjà payé :</translation>
    </message>
    <message>
        <source>Balance due:</source>
        <translation>Solde dû :</translation>
    </message>
    <message>
        <source>&amp;Payment now:</source>
        <translation>&amp;Paiement maintenant :</translation>
    </message>
    <message>
        <source>&amp;Complete handover</source>
        <translation>&amp;Terminer la remise</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Return</source>
        <translation>Entrée ou Ctrl+Entrée</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>Nouvelle quantité</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>&amp;New quantity:</source>
        <translation>&amp;Nouvelle quantité :</translation>
    </message>
    <message>
        <source>Reduce line {no}</source>
        <translation>Réduire la ligne {no}</translation>
    </message>
    <message>
        <source>Line {no}: {name}, {qty} ordered, {handed} handed over.</source>
        <translation>Ligne {no} : {name}, {qty} commandé(s), {handed} remis.</translation>
    </message>
    <message>
        <source>&amp;Reduce</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Cancelling the order will do this:</source>
        <translation>L’annulation de la commande entraîne ceci :</translation>
    </message>
    <message>
        <source>Cancel &amp;order</source>
        <translation>Annuler la &amp;commande</translation>
    </message>
    <message>
        <source>&amp;Keep as is</source>
        <translation>&amp;Laisser tel quel</translation>
    </message>
    <message>
        <source>Nothing else changes.</source>
        <translation>Rien d’autre ne change.</translation>
    </message>
    <message>
        <source>Shopify order export</source>
        <translation>Export de commandes Shopify</translation>
    </message>
    <message>
        <source>WooCommerce order export</source>
        <translation>Export de commandes WooCommerce</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>jitdesk CSV: {0}</source>
        <translation>CSV jitdesk : {0}</translation>
    </message>
    <message>
        <source>Supplier price list (CSV or Excel)…</source>
        <translation>Liste de prix d’un fournisseur (CSV ou Excel)…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Choose a file to see what will be imported.</source>
        <translation>Choisissez un fichier pour voir ce qui sera importé.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Aperçu de l’import</translation>
    </message>
    <message>
        <source>&amp;Map SKU…</source>
        <translation>&amp;Associer la SKU…</translation>
    </message>
    <message>
        <source>Every SKU of this file is known.</source>
        <translation>Toutes les références de ce fichier sont connues.</translation>
    </message>
    <message>
        <source>Map co&amp;lumns…</source>
        <translation>Associer les co&amp;lonnes…</translation>
    </message>
    <message>
        <source>Import the &amp;other orders and leave these out</source>
        <translation>Importer les autres commandes et laisser celles-ci de cô&amp;té</translation>
    </message>
    <message>
        <source>The orders with a problem are not imported now; import the same file again once they are fixed and only they are added.</source>
        <translation>Les commandes qui posent problème ne sont pas importées maintenant ; importez à nouveau le même fichier une fois corrigées : seules elles seront ajoutées.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{0} files are checked as a whole when you import them.</source>
        <translation>Les fichiers {0} sont vérifiés en entier lors de l’import.</translation>
    </message>
    <message>
        <source>Unknown SKU</source>
        <translation>SKU inconnue</translation>
    </message>
    <message>
        <source>{0} (lines {1})</source>
        <translation>{0} (lignes {1})</translation>
    </message>
    <message>
        <source>{0} (line {1})</source>
        <translation>{0} (ligne {1})</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>ligne {0}</translation>
    </message>
    <message>
        <source>Left out if you choose</source>
        <translation>Laissée de côté si vous le souhaitez</translation>
    </message>
    <message>
        <source> (new customer)</source>
        <translation> (nouveau client)</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>There is no new order in this file to import.</source>
        <translation>Ce fichier ne contient aucune nouvelle commande à importer.</translation>
    </message>
    <message>
        <source>Fix the problems listed, or tick “Import the other orders and leave these out”.</source>
        <translation>Corrigez les problèmes indiqués ou cochez « Importer les autres commandes et laisser celles-ci de côté ».</translation>
    </message>
    <message>
        <source>Fix the problems listed first; nothing is imported until then.</source>
        <translation>Corrigez d’abord les problèmes indiqués ; rien n’est importé d’ici là.</translation>
    </message>
    <message>
        <source>Map SKU</source>
        <translation>Associer la SKU</translation>
    </message>
    <message>
        <source>Which of our products is {0} “{1}”? Enter our SKU:</source>
        <translation>Lequel de nos produits est {0} « {1} » ? Saisissez notre SKU :</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Importation de {file}</translation>
    </message>
    <message>
        <source>New orders:</source>
        <translation>Nouvelles commandes :</translation>
    </message>
    <message numerus="yes">
        <source>New orders (the first %n):</source>
        <translation>
            <numerusform>Nouvelles commandes (la première) :</numerusform>
            <numerusform>Nouvelles commandes (les %n premières) :</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is imported; close the dialog.</source>
        <translation>Ce fichier est importé ; fermez la fenêtre.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>Modifier l’offre</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Ajouter une offre</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactif)</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>coût unitaire</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>&amp;Preferred offer for this product</source>
        <translation>Offre &amp;préférée pour ce produit</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Actif</translation>
    </message>
    <message>
        <source>Item not in the catalogue</source>
        <translation>Article hors catalogue</translation>
    </message>
    <message>
        <source>Describe what the customer asked for. The owner reviews the item (supplier, cost) before it is ordered.</source>
        <translation>Décrivez ce que le client demande. Le gérant vérifie l’article (fournisseur, coût) avant qu’il soit commandé.</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(pas encore connu)</translation>
    </message>
    <message>
        <source>expected cost</source>
        <translation>coût prévu</translation>
    </message>
    <message>
        <source>price quoted</source>
        <translation>prix annoncé</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>Fou&amp;rnisseur :</translation>
    </message>
    <message>
        <source>Supplier&apos;s c&amp;ode:</source>
        <translation>Réf&amp;érence fournisseur :</translation>
    </message>
    <message>
        <source>E&amp;xpected cost:</source>
        <translation>Coût &amp;prévu :</translation>
    </message>
    <message>
        <source>&amp;Price quoted:</source>
        <translation>Pri&amp;x annoncé :</translation>
    </message>
    <message>
        <source>Add to the &amp;order</source>
        <translation>Ajouter à la &amp;commande</translation>
    </message>
    <message>
        <source>Supplier S&amp;KU:</source>
        <translation>S&amp;KU fournisseur :</translation>
    </message>
    <message>
        <source>Unit &amp;cost:</source>
        <translation>&amp;Coût unitaire :</translation>
    </message>
    <message>
        <source>Pac&amp;k size:</source>
        <translation>&amp;Taille du lot :</translation>
    </message>
    <message>
        <source>&amp;Minimum quantity:</source>
        <translation>Quantité &amp;minimale :</translation>
    </message>
    <message>
        <source>&amp;Lead time override (days):</source>
        <translation>&amp;Délai de livraison spécifique (jours) :</translation>
    </message>
    <message>
        <source>Every supplier already has an offer for this product.</source>
        <translation>Chaque fournisseur a déjà une offre pour ce produit.</translation>
    </message>
    <message>
        <source>Save offer</source>
        <translation>Enregistrer l’offre</translation>
    </message>
    <message>
        <source>supplier&apos;s: {days}</source>
        <translation>fournisseur : {days}</translation>
    </message>
    <message>
        <source>Choose a supplier.</source>
        <translation>Choisissez un fournisseur.</translation>
    </message>
    <message>
        <source>pack size</source>
        <translation>taille du lot</translation>
    </message>
    <message>
        <source>minimum quantity</source>
        <translation>quantité minimale</translation>
    </message>
    <message>
        <source>lead time</source>
        <translation>délai de livraison</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>New customer order</source>
        <translation>Nouvelle commande client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <source>Item not in the catalo&amp;gue…</source>
        <translation>Article hors catalo&amp;gue…</translation>
    </message>
    <message>
        <source>Add something the shop has never sold; the owner reviews it before it is ordered</source>
        <translation>Ajouter un article jamais vendu par la boutique ; le gérant le vérifie avant qu’il soit commandé</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Supprimer la ligne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Anything the shop should remember about this order</source>
        <translation>Ce que la boutique doit retenir de cette commande</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>Deposit paid by</source>
        <translation>Acompte payé par</translation>
    </message>
    <message>
        <source>&amp;Log order</source>
        <translation>&amp;Enregistrer la commande</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Enregistrer les &amp;modifications</translation>
    </message>
    <message>
        <source>Save the order (Ctrl+Enter)</source>
        <translation>Enregistrer la commande (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Add product:</source>
        <translation>&amp;Ajouter un produit :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>Ac&amp;ompte :</translation>
    </message>
    <message>
        <source>Promised for:</source>
        <translation>Promis pour le :</translation>
    </message>
    <message>
        <source>Order {number} ({status})</source>
        <translation>Commande {number} ({status})</translation>
    </message>
    <message>
        <source>Edit order {number}</source>
        <translation>Modifier la commande {number}</translation>
    </message>
    <message>
        <source>Only open orders can be changed</source>
        <translation>Seules les commandes ouvertes peuvent être modifiées</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>{sku} has no supplier offer yet, so it cannot be promised; add one in the catalog first.</source>
        <translation>{sku} n’a pas encore d’offre fournisseur et ne peut donc pas être promis ; ajoutez-en une d’abord dans le catalogue.</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>add a product to see the date</source>
        <translation>ajoutez un produit pour voir la date</translation>
    </message>
    <message>
        <source>The latest promised date of the lines; set by supplier lead times</source>
        <translation>La date promise la plus tardive des lignes ; fixée par les délais des fournisseurs</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of {sku}</source>
        <translation>
            <numerusform>%n unité de {sku}</numerusform>
            <numerusform>%n unités de {sku}</numerusform>
        </translation>
    </message>
    <message>
        <source>In surplus now: {items}. Logging the order puts them aside for this customer, so they can take them home today.</source>
        <translation>En surplus actuellement : {items}. L’enregistrement de la commande les met de côté pour ce client, qui peut les emporter dès aujourd’hui.</translation>
    </message>
    <message>
        <source>The deposit is more than the order total.</source>
        <translation>L’acompte dépasse le total de la commande.</translation>
    </message>
    <message>
        <source>Choose the customer from the list, or add them with New customer.</source>
        <translation>Choisissez le client dans la liste ou ajoutez-le avec « Nouveau client ».</translation>
    </message>
    <message>
        <source>Add at least one product: scan it or type its SKU or name above.</source>
        <translation>Ajoutez au moins un produit : scannez-le ou saisissez sa SKU ou son nom ci-dessus.</translation>
    </message>
    <message>
        <source>{number} is ready now: everything is in the shop. Hand it over now?</source>
        <translation>{number} est prête : tout est en magasin. Voulez-vous la remettre maintenant ?</translation>
    </message>
    <message>
        <source>Part of {number} is in the shop now and put aside. Hand that part over now?</source>
        <translation>Une partie de {number} est en magasin et mise de côté. Voulez-vous remettre cette partie maintenant ?</translation>
    </message>
    <message>
        <source>Ready now — hand over?</source>
        <translation>Prête – remettre maintenant ?</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Remettre…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Payment for {number}</source>
        <translation>Paiement pour {number}</translation>
    </message>
    <message>
        <source>Balance due: {balance}</source>
        <translation>Solde dû : {balance}</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mode de &amp;paiement :</translation>
    </message>
    <message>
        <source>Choose how the call went first.</source>
        <translation>Choisissez d’abord comment l’appel s’est passé.</translation>
    </message>
    <message>
        <source>&amp;Reached the customer</source>
        <translation>Client &amp;joint</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>&amp;Pas de réponse</translation>
    </message>
    <message>
        <source>Left a &amp;message</source>
        <translation>&amp;Message laissé</translation>
    </message>
    <message>
        <source>&amp;Wrong number</source>
        <translation>Mauvais &amp;numéro</translation>
    </message>
    <message>
        <source>Log a call about {number}</source>
        <translation>Noter un appel pour {number}</translation>
    </message>
    <message>
        <source>No phone number is saved for this customer.</source>
        <translation>Aucun numéro de téléphone n’est enregistré pour ce client.</translation>
    </message>
    <message>
        <source>Phone number to call</source>
        <translation>Numéro à appeler</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Wants to be told by:</source>
        <translation>Souhaite être prévenu par :</translation>
    </message>
    <message>
        <source>Told so far:</source>
        <translation>Déjà prévenu :</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Comment l’appel s’est-il passé ?</translation>
    </message>
    <message>
        <source>e.g. comes on Friday after work</source>
        <translation>p. ex. passe vendredi après le travail</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>&amp;Enregistrer l’appel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Yes, the customer was told the order is ready.</source>
        <translation>Oui, le client sait que la commande est prête.</translation>
    </message>
    <message>
        <source>Not yet: the order is ready and waiting.</source>
        <translation>Pas encore : la commande est prête et attend.</translation>
    </message>
    <message>
        <source>Not yet: the order is still waiting for goods.</source>
        <translation>Pas encore : la commande attend encore la marchandise.</translation>
    </message>
    <message>
        <source>Only “Reached the customer” counts as telling them; after any other outcome the order stays on the list of customers to tell.</source>
        <translation>Seul « Client joint » vaut avis ; après tout autre résultat, la commande reste dans la liste des clients à prévenir.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Our SKU</source>
        <translation>Notre SKU</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <source>Minimum quantity</source>
        <translation>Quantité minimale</translation>
    </message>
    <message>
        <source>Supplier price list</source>
        <translation>Liste de prix du fournisseur</translation>
    </message>
    <message>
        <source>Price list file</source>
        <translation>Fichier de liste de prix</translation>
    </message>
    <message>
        <source>Mark offers that are not in the list as &amp;inactive</source>
        <translation>Marquer les offres absentes de la liste comme &amp;inactives</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Old cost</source>
        <translation>Ancien coût</translation>
    </message>
    <message>
        <source>New cost</source>
        <translation>Nouveau coût</translation>
    </message>
    <message>
        <source>Price list changes</source>
        <translation>Modifications de la liste de prix</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Choose the price list</source>
        <translation>Choisir la liste de prix</translation>
    </message>
    <message>
        <source>Price lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listes de prix (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Problem, line {0}</source>
        <translation>Problème, ligne {0}</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Changement de coût</translation>
    </message>
    <message>
        <source>Pack / minimum</source>
        <translation>Lot / minimum</translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation>Absent de la liste</translation>
    </message>
    <message>
        <source>Send {number}</source>
        <translation>Envoyer {number}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{number}&lt;/b&gt; to &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n line(s), value {value}&lt;br&gt;Expected if sent today: {expected}</source>
        <translation>
            <numerusform>&lt;b&gt;{number}&lt;/b&gt; à &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n ligne, valeur {value}&lt;br&gt;Attendue si envoyée aujourd’hui : {expected}</numerusform>
            <numerusform>&lt;b&gt;{number}&lt;/b&gt; à &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n lignes, valeur {value}&lt;br&gt;Attendue si envoyée aujourd’hui : {expected}</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{number}&lt;/b&gt; to &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n line(s)&lt;br&gt;Expected if sent today: {expected}</source>
        <translation>
            <numerusform>&lt;b&gt;{number}&lt;/b&gt; à &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n ligne&lt;br&gt;Attendue si envoyée aujourd’hui : {expected}</numerusform>
            <numerusform>&lt;b&gt;{number}&lt;/b&gt; à &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n lignes&lt;br&gt;Attendue si envoyée aujourd’hui : {expected}</numerusform>
        </translation>
    </message>
    <message>
        <source>Print, save or e-mail the order for the supplier, then mark it sent (e-mailing through the mail server marks it sent by itself). Once sent it is locked.</source>
        <translation>Imprimez, enregistrez ou envoyez par e-mail la commande au fournisseur, puis marquez-la comme envoyée (l’envoi par le serveur de messagerie la marque tout seul). Une fois envoyée, elle est verrouillée.</translation>
    </message>
    <message>
        <source>This order is below {supplier}&apos;s minimum order: hold it until more is needed, or send it anyway.</source>
        <translation>Cette commande est sous le minimum de commande de {supplier} : attendez d’avoir davantage de besoins, ou envoyez-la quand même.</translation>
    </message>
    <message>
        <source>Send anyway, below the minimum</source>
        <translation>Envoyer quand même, sous le minimum</translation>
    </message>
    <message>
        <source>This order is worth {value}, below {supplier}&apos;s minimum order of {minimum}: hold it until more is needed, or send it anyway.</source>
        <translation>Cette commande vaut {value}, sous le minimum de commande de {supplier} ({minimum}) : attendez d’avoir davantage de besoins, ou envoyez-la quand même.</translation>
    </message>
    <message>
        <source>Send anyway, below the minimum of {minimum}</source>
        <translation>Envoyer quand même, sous le minimum de {minimum}</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer le P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>&amp;Marquer comme envoyée</translation>
    </message>
    <message>
        <source>&amp;Email to supplier…</source>
        <translation>&amp;Envoyer au fournisseur par e-mail…</translation>
    </message>
    <message>
        <source>Send the order PDF to {email}</source>
        <translation>Envoyer le PDF de la commande à {email}</translation>
    </message>
    <message>
        <source>The supplier has no e-mail address; add it in Suppliers.</source>
        <translation>Le fournisseur n’a pas d’adresse e-mail ; ajoutez-la dans Fournisseurs.</translation>
    </message>
    <message>
        <source>{number} marked sent; it is locked now.</source>
        <translation>{number} marquée comme envoyée ; elle est maintenant verrouillée.</translation>
    </message>
    <message>
        <source>E-mailing {number} to {supplier}…</source>
        <translation>Envoi de {number} à {supplier} par e-mail…</translation>
    </message>
    <message>
        <source>{number} e-mailed to {to} and marked sent.</source>
        <translation>{number} envoyée par e-mail à {to} et marquée comme envoyée.</translation>
    </message>
    <message>
        <source>No mail server is set up (Settings → Email), so your mail program opened with the message. Attach “{file}” from the folder that opened, send it, then press Mark sent.</source>
        <translation>Aucun serveur de messagerie n’est configuré (Paramètres → E-mail) : votre logiciel de messagerie s’est ouvert avec le message. Joignez « {file} » depuis le dossier ouvert, envoyez-le, puis cliquez sur « Marquer comme envoyée ».</translation>
    </message>
    <message>
        <source>jitdesk</source>
        <translation>jitdesk</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something went wrong inside jitdesk. What you saved before is safe; the last action was not completed.</source>
        <translation>Une erreur est survenue dans jitdesk. Ce que vous avez enregistré avant est en sécurité ; la dernière action n’a pas été terminée.</translation>
    </message>
    <message>
        <source>Details were written to {path}. Please send that file to whoever supports you.</source>
        <translation>Les détails ont été écrits dans {path}. Veuillez envoyer ce fichier à la personne qui vous assiste.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Opening the shop…</source>
        <translation>Ouverture de la boutique…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New shop…</source>
        <translation>&amp;Nouvelle boutique…</translation>
    </message>
    <message>
        <source>&amp;Open shop…</source>
        <translation>&amp;Ouvrir une boutique…</translation>
    </message>
    <message>
        <source>Open shop on a &amp;server…</source>
        <translation>Ouvrir une boutique sur un &amp;serveur…</translation>
    </message>
    <message>
        <source>&amp;Recent shops</source>
        <translation>Boutiques &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>Ra&amp;ppels…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About jitdesk</source>
        <translation>&amp;À propos de jitdesk</translation>
    </message>
    <message>
        <source>No other shops yet</source>
        <translation>Pas encore d’autre boutique</translation>
    </message>
    <message>
        <source>About jitdesk</source>
        <translation>À propos de jitdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;jitdesk {version}&lt;/h3&gt;&lt;p&gt;The just-in-time order desk for small shops: customer orders, supplier orders, receiving and pickup, in one shop file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;jitdesk {version}&lt;/h3&gt;&lt;p&gt;Le poste de commandes à flux tendu pour les petites boutiques : commandes clients, commandes fournisseurs, réception et retrait, dans un seul fichier boutique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total ligne</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promis</translation>
    </message>
    <message>
        <source>Line {no}: {problem}</source>
        <translation>Ligne {no} : {problem}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Late: promised for {date} and not ready yet.</source>
        <translation>En retard : promise pour le {date}, pas encore prête.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>How the quantity was reached</source>
        <translation>Calcul de la quantité</translation>
    </message>
    <message>
        <source>For customers</source>
        <translation>Pour les clients</translation>
    </message>
    <message>
        <source>From surplus on hand (no need to order)</source>
        <translation>Du surplus en stock (pas besoin de commander)</translation>
    </message>
    <message>
        <source>taken from surplus on hand</source>
        <translation>pris dans le surplus en stock</translation>
    </message>
    <message>
        <source>From units already on order (no need to order)</source>
        <translation>Des unités déjà commandées (pas besoin de commander)</translation>
    </message>
    <message>
        <source>already on {number} ({status})</source>
        <translation>déjà sur {number} ({status})</translation>
    </message>
    <message>
        <source>Cannot meet the promised date</source>
        <translation>Date promise impossible à tenir</translation>
    </message>
    <message>
        <source>promised {promised}, expected {expected}</source>
        <translation>promis le {promised}, attendu le {expected}</translation>
    </message>
    <message>
        <source>To review: needs a supplier and cost before it can be ordered</source>
        <translation>À vérifier : un fournisseur et un coût sont nécessaires avant de commander</translation>
    </message>
    <message>
        <source>added at the counter; complete or merge it in Review new items</source>
        <translation>saisi au comptoir ; complétez-le ou fusionnez-le dans « Vérifier les nouveaux articles »</translation>
    </message>
    <message>
        <source>Cannot be ordered: no supplier offer</source>
        <translation>Impossible à commander : aucune offre fournisseur</translation>
    </message>
    <message>
        <source>no active supplier offer; add one in the catalog</source>
        <translation>aucune offre fournisseur active ; ajoutez-en une dans le catalogue</translation>
    </message>
    <message>
        <source>into draft {number}</source>
        <translation>dans le brouillon {number}</translation>
    </message>
    <message>
        <source>new order</source>
        <translation>nouvelle commande</translation>
    </message>
    <message>
        <source>{supplier} — {target} · expected {date} · order value {value}</source>
        <translation>{supplier} — {target} · attendue le {date} · valeur {value}</translation>
    </message>
    <message>
        <source>{supplier} — {target} · expected {date}</source>
        <translation>{supplier} — {target} · attendue le {date}</translation>
    </message>
    <message>
        <source>Below the minimum of {minimum} (order value {value}): hold the draft or send anyway.</source>
        <translation>Sous le minimum de {minimum} (valeur {value}) : gardez le brouillon ou envoyez quand même.</translation>
    </message>
    <message>
        <source>Below the supplier&apos;s minimum: hold the draft or send anyway.</source>
        <translation>Sous le minimum du fournisseur : gardez le brouillon ou envoyez quand même.</translation>
    </message>
    <message>
        <source>Choose another supplier for this product (F2)</source>
        <translation>Choisir un autre fournisseur pour ce produit (F2)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendue</translation>
    </message>
    <message>
        <source>Units due</source>
        <translation>Unités dues</translation>
    </message>
    <message>
        <source>{status}; late: expected {date}</source>
        <translation>{status} ; en retard : attendue le {date}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>{date} (late)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation>SKU fournisseur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Select a web order first.</source>
        <translation>Sélectionnez d’abord une commande web.</translation>
    </message>
    <message>
        <source>Every item of this web order is a product the shop knows.</source>
        <translation>Chaque article de cette commande web est un produit connu de la boutique.</translation>
    </message>
    <message>
        <source>No web order is ready yet: fix what the list says first.</source>
        <translation>Aucune commande web n’est encore prête : corrigez d’abord ce que la liste indique.</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Prête à importer</translation>
    </message>
    <message>
        <source>Web orders to check</source>
        <translation>Commandes web à vérifier</translation>
    </message>
    <message>
        <source>These web orders could not be imported yet; the other orders were. Map an unknown SKU to one of your products, or add the product or its supplier offer in the catalog, then import the orders that are ready.</source>
        <translation>Ces commandes web n’ont pas encore pu être importées ; les autres commandes l’ont été. Associez une SKU inconnue à l’un de vos produits, ou ajoutez le produit ou son offre fournisseur au catalogue, puis importez les commandes prêtes.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Web order</source>
        <translation>Commande web</translation>
    </message>
    <message>
        <source>What stops it</source>
        <translation>Ce qui la bloque</translation>
    </message>
    <message>
        <source>&amp;Import the ready ones</source>
        <translation>&amp;Importer celles qui sont prêtes</translation>
    </message>
    <message>
        <source>Which of our products is {0} {1}? Enter our SKU:</source>
        <translation>Lequel de nos produits est {0} {1} ? Saisissez notre SKU :</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation>Reçu maintenant</translation>
    </message>
    <message>
        <source>{extra} more than outstanding: they will go to surplus</source>
        <translation>{extra} de plus que le restant : ils iront au surplus</translation>
    </message>
    <message>
        <source>Shop SKU / barcode: {codes}</source>
        <translation>SKU boutique / code-barres : {codes}</translation>
    </message>
    <message>
        <source> · late</source>
        <translation> · en retard</translation>
    </message>
    <message>
        <source> · below minimum</source>
        <translation> · sous le minimum</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Below the supplier&apos;s minimum order.</source>
        <translation>Sous le minimum de commande du fournisseur.</translation>
    </message>
    <message>
        <source>Worth {value}, below the supplier minimum of {minimum}</source>
        <translation>Valeur {value}, sous le minimum du fournisseur de {minimum}</translation>
    </message>
    <message>
        <source>Packs × pack = units</source>
        <translation>Lots × lot = unités</translation>
    </message>
    <message>
        <source>{n} spare (surplus)</source>
        <translation>{n} en trop (surplus)</translation>
    </message>
    <message>
        <source>{units} (pack of {pack})</source>
        <translation>{units} (lot de {pack})</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>Produits actifs</translation>
    </message>
    <message>
        <source>Inactive products</source>
        <translation>Produits inactifs</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>Le produit</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Search by SKU, name or barcode</source>
        <translation>Rechercher par SKU, nom ou code-barres</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>Nou&amp;veau produit</translation>
    </message>
    <message>
        <source>Re&amp;view new items…</source>
        <translation>Vérifier les nouveaux art&amp;icles…</translation>
    </message>
    <message>
        <source>Complete or merge the items staff added at the counter before they are ordered</source>
        <translation>Compléter ou fusionner les articles saisis au comptoir avant leur commande</translation>
    </message>
    <message>
        <source>Product {sku} saved.</source>
        <translation>Produit {sku} enregistré.</translation>
    </message>
    <message>
        <source>Offer saved.</source>
        <translation>Offre enregistrée.</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 produit</translation>
    </message>
    <message>
        <source>{count} products</source>
        <translation>{count} produits</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save the customer (Ctrl+S)</source>
        <translation>Enregistrer le client (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>The customer&apos;s orders</source>
        <translation>Commandes du client</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the order</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir la commande</translation>
    </message>
    <message>
        <source>Double-click an order (or press Enter) to open it.</source>
        <translation>Double-cliquez sur une commande (ou appuyez sur Entrée) pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Orders ({count})</source>
        <translation>Commandes ({count})</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search by name, phone or email</source>
        <translation>Rechercher par nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Commandes en cours</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>Nou&amp;veau client</translation>
    </message>
    <message>
        <source>Customer {name} saved.</source>
        <translation>Client {name} enregistré.</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} clients</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Confirmation de commande</translation>
    </message>
    <message>
        <source>Handover receipt</source>
        <translation>Reçu de remise</translation>
    </message>
    <message>
        <source>Order labels</source>
        <translation>Étiquettes de commande</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The file is in the documents folder.</source>
        <translation>Le fichier se trouve dans le dossier des documents.</translation>
    </message>
    <message>
        <source>The file was moved or deleted since it was generated.</source>
        <translation>Le fichier a été déplacé ou supprimé depuis sa création.</translation>
    </message>
    <message>
        <source>Only the documents of number… (e.g. C-2026-0042)</source>
        <translation>Seulement les documents du numéro… (p. ex. C-2026-0042)</translation>
    </message>
    <message>
        <source>Only the documents of number</source>
        <translation>Seulement les documents du numéro</translation>
    </message>
    <message>
        <source>Generated documents</source>
        <translation>Documents créés</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Ouvrir dans le lecteur PDF</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest {count} documents</source>
        <translation>les {count} documents les plus récents</translation>
    </message>
    <message>
        <source>, {missing} missing</source>
        <translation>, {missing} manquants</translation>
    </message>
    <message>
        <source>{name} is missing: it was moved or deleted.</source>
        <translation>{name} est manquant : il a été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Handed</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>In shop</source>
        <translation>En boutique</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>En commande</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Balance paid</source>
        <translation>Solde réglé</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Only an order that is ready and not yet collected can be reminded or kept longer.</source>
        <translation>Seule une commande prête et pas encore retirée peut faire l’objet d’un rappel ou être gardée plus longtemps.</translation>
    </message>
    <message>
        <source>C&amp;hecked</source>
        <translation>&amp;Vérifié</translation>
    </message>
    <message>
        <source>You have checked this with the customer: the note goes away.</source>
        <translation>Vous avez vérifié avec le client : la remarque disparaît.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Pai&amp;ements</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;duce line…</source>
        <translation>Réduire une l&amp;igne…</translation>
    </message>
    <message>
        <source>Cance&amp;l order…</source>
        <translation>Annuler la c&amp;ommande…</translation>
    </message>
    <message>
        <source>&amp;Print confirmation…</source>
        <translation>Imprimer la &amp;confirmation…</translation>
    </message>
    <message>
        <source>Take pa&amp;yment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <source>Email pic&amp;kup notice…</source>
        <translation>Envoyer l’avis de re&amp;trait…</translation>
    </message>
    <message>
        <source>E-mail the pickup notice of this ready order</source>
        <translation>Envoyer par e-mail l’avis de retrait de cette commande prête</translation>
    </message>
    <message>
        <source>Pr&amp;int pickup notice…</source>
        <translation>Imprimer l’a&amp;vis de retrait…</translation>
    </message>
    <message>
        <source>Print the pickup notice of this ready order</source>
        <translation>Imprimer l’avis de retrait de cette commande prête</translation>
    </message>
    <message>
        <source>Log a &amp;call…</source>
        <translation>Con&amp;signer un appel…</translation>
    </message>
    <message>
        <source>Note a phone call with the customer and how it went</source>
        <translation>Noter un appel au client et son résultat</translation>
    </message>
    <message>
        <source>Keep this order longer for the customer</source>
        <translation>Garder cette commande plus longtemps pour le client</translation>
    </message>
    <message>
        <source>Send &amp;reminder…</source>
        <translation>Envo&amp;yer un rappel…</translation>
    </message>
    <message>
        <source>Remind the customer to collect this order</source>
        <translation>Rappeler au client de venir retirer cette commande</translation>
    </message>
    <message>
        <source>Select an order to see its lines and timeline.</source>
        <translation>Sélectionnez une commande pour voir ses lignes et son historique.</translation>
    </message>
    <message>
        <source>Ordered {date} · promised {promised}</source>
        <translation>Commandée le {date} · promise pour le {promised}</translation>
    </message>
    <message numerus="yes">
        <source>On shelf {shelf} · %n bag(s)</source>
        <translation>
            <numerusform>Sur l’étagère {shelf} · %n sac</numerusform>
            <numerusform>Sur l’étagère {shelf} · %n sacs</numerusform>
        </translation>
    </message>
    <message>
        <source>To check: {warning}</source>
        <translation>À vérifier : {warning}</translation>
    </message>
    <message>
        <source>Total {total} · paid {paid} · &lt;b&gt;balance {balance}&lt;/b&gt;</source>
        <translation>Total {total} · payé {paid} · &lt;b&gt;solde {balance}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The customer was told the order is ready.</source>
        <translation>Le client a été prévenu que la commande est prête.</translation>
    </message>
    <message>
        <source>Not told yet · {how}</source>
        <translation>Pas encore prévenu · {how}</translation>
    </message>
    <message>
        <source>Pickup by {date}</source>
        <translation>À retirer avant le {date}</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>prolongé</translation>
    </message>
    <message>
        <source>reminded {date}</source>
        <translation>rappel le {date}</translation>
    </message>
    <message>
        <source>Email pic&amp;kup notice again…</source>
        <translation>Renvoyer l’avis de re&amp;trait…</translation>
    </message>
    <message>
        <source>Pr&amp;int pickup notice again…</source>
        <translation>&amp;Imprimer à nouveau l’avis de retrait…</translation>
    </message>
    <message>
        <source>Select the line to reduce first.</source>
        <translation>Sélectionnez d’abord la ligne à réduire.</translation>
    </message>
    <message>
        <source>import note checked</source>
        <translation>remarque d’import vérifiée</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Paiement enregistré</translation>
    </message>
    <message>
        <source>repeat made</source>
        <translation>récurrence créée</translation>
    </message>
    <message>
        <source>Order confirmation {number}</source>
        <translation>Confirmation de commande {number}</translation>
    </message>
    <message>
        <source>E-mailing the pickup notice of {0}…</source>
        <translation>Envoi de l’avis de retrait de {0} par e-mail…</translation>
    </message>
    <message>
        <source>customer notified</source>
        <translation>client avisé</translation>
    </message>
    <message>
        <source>pickup notice e-mailed to {0}</source>
        <translation>avis de retrait envoyé à {0}</translation>
    </message>
    <message>
        <source>E-mail pickup notice</source>
        <translation>Envoyer l’avis de retrait</translation>
    </message>
    <message>
        <source>Pickup notice {number}</source>
        <translation>Avis de retrait {number}</translation>
    </message>
    <message>
        <source>pickup notice printed again</source>
        <translation>avis de retrait réimprimé</translation>
    </message>
    <message>
        <source>call logged</source>
        <translation>appel noté</translation>
    </message>
    <message>
        <source>pickup-by extended</source>
        <translation>délai de retrait prolongé</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Envoyer un rappel</translation>
    </message>
    <message>
        <source>E-mail the reminder to {email}, or print it?</source>
        <translation>Envoyer le rappel par e-mail à {email}, ou l’imprimer ?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>E-mailing the reminder of {0}…</source>
        <translation>Envoi du rappel de {0} par e-mail…</translation>
    </message>
    <message>
        <source>reminder e-mailed to {0}</source>
        <translation>rappel envoyé par e-mail à {0}</translation>
    </message>
    <message>
        <source>reminder printed</source>
        <translation>rappel imprimé</translation>
    </message>
    <message>
        <source>Reminder {number}</source>
        <translation>Rappel {number}</translation>
    </message>
    <message>
        <source>order cancelled</source>
        <translation>commande annulée</translation>
    </message>
    <message>
        <source>line {no} reduced to {qty}</source>
        <translation>ligne {no} réduite à {qty}</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Toutes en cours</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
    <message>
        <source>Customer orders</source>
        <translation>Commandes clients</translation>
    </message>
    <message>
        <source>Search by number, customer, phone or email</source>
        <translation>Rechercher par numéro, client, téléphone ou e-mail</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Show orders with status</source>
        <translation>Afficher les commandes au statut</translation>
    </message>
    <message>
        <source>&amp;Late only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <source>Only orders whose promised date has passed and that are not ready yet</source>
        <translation>Uniquement les commandes dont la date promise est passée et qui ne sont pas encore prêtes</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Only orders of customer</source>
        <translation>Seulement les commandes du client</translation>
    </message>
    <message>
        <source>Orders from date</source>
        <translation>Commandes à partir du</translation>
    </message>
    <message>
        <source>Orders up to date</source>
        <translation>Commandes jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Order {number} logged; promised for {date}.</source>
        <translation>Commande {number} enregistrée ; promise pour le {date}.</translation>
    </message>
    <message>
        <source>Order {number} saved.</source>
        <translation>Commande {number} enregistrée.</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 commande</translation>
    </message>
    <message>
        <source>{count} orders</source>
        <translation>{count} commandes</translation>
    </message>
    <message>
        <source>was already handed over</source>
        <translation>a déjà été remise</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>a été annulée</translation>
    </message>
    <message>
        <source>Pickup counter</source>
        <translation>Comptoir de retrait</translation>
    </message>
    <message>
        <source>Scan the code on the customer&apos;s pickup notice, or type the order &amp;number, the customer&apos;s name, phone or e-mail: the list below shows what matches.</source>
        <translation>Scannez le code de l’avis de retrait ou saisissez le &amp;numéro de commande, le nom, le téléphone ou l’e-mail du client : la liste ci-dessous affiche les résultats.</translation>
    </message>
    <message>
        <source>Order number, name, phone or e-mail</source>
        <translation>Numéro de commande, nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <source>C-2026-0042, a name, a phone number or an e-mail</source>
        <translation>C-2026-0042, un nom, un numéro de téléphone ou un e-mail</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Hand over what is in…</source>
        <translation>&amp;Remettre ce qui est arrivé…</translation>
    </message>
    <message>
        <source>Print &amp;receipt</source>
        <translation>Imprimer le &amp;reçu</translation>
    </message>
    <message>
        <source>Orders ready for pickup</source>
        <translation>Commandes prêtes à retirer</translation>
    </message>
    <message numerus="yes">
        <source>Ready for pickup: %n order(s); double-click or Enter on one to hand it over.</source>
        <translation>
            <numerusform>Prête à retirer : %n commande ; double-cliquez ou appuyez sur Entrée pour la remettre.</numerusform>
            <numerusform>Prêtes à retirer : %n commandes ; double-cliquez ou appuyez sur Entrée sur l’une d’elles pour la remettre.</numerusform>
        </translation>
    </message>
    <message>
        <source>No order is ready for pickup.</source>
        <translation>Aucune commande n’est prête à retirer.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to hand over match; double-click or Enter on one to open it.</source>
        <translation>
            <numerusform>%n commande à remettre correspond ; double-cliquez ou appuyez sur Entrée pour l’ouvrir.</numerusform>
            <numerusform>%n commandes à remettre correspondent ; double-cliquez ou appuyez sur Entrée sur l’une d’elles pour l’ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No order still to hand over matches this search.</source>
        <translation>Aucune commande à remettre ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>Nothing still to hand over matches “{text}”. Type part of the order number, the customer&apos;s name, phone or e-mail.</source>
        <translation>Aucune commande à remettre ne correspond à « {text} ». Saisissez une partie du numéro de commande, le nom, le téléphone ou l’e-mail du client.</translation>
    </message>
    <message>
        <source>Several orders match: pick one in the list below.</source>
        <translation>Plusieurs commandes correspondent : choisissez-en une dans la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Scan the code on the pickup notice or type the order number, such as C-2026-0042.</source>
        <translation>Scannez le code de l’avis de retrait ou saisissez le numéro de commande, p. ex. C-2026-0042.</translation>
    </message>
    <message>
        <source>{number} does not exist.</source>
        <translation>{number} n’existe pas.</translation>
    </message>
    <message>
        <source>{number} {what}.</source>
        <translation>{number} {what}.</translation>
    </message>
    <message>
        <source>{number} is not ready yet: {n} of {total} items are in.</source>
        <translation>{number} n’est pas encore prête : {n} articles sur {total} sont arrivés.</translation>
    </message>
    <message>
        <source>{number} handed over.</source>
        <translation>{number} remise.</translation>
    </message>
    <message numerus="yes">
        <source>✔ {number} handed over to {customer}: %n unit(s)</source>
        <translation>
            <numerusform>✔ {number} remise à {customer} : %n unité</numerusform>
            <numerusform>✔ {number} remise à {customer} : %n unités</numerusform>
        </translation>
    </message>
    <message>
        <source>, {amount} paid by {method}</source>
        <translation>, {amount} payé par {method}</translation>
    </message>
    <message>
        <source>; the order is completed.</source>
        <translation> ; la commande est terminée.</translation>
    </message>
    <message>
        <source>; the rest of the order stays on order.</source>
        <translation> ; le reste de la commande reste en commande.</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Reçu {number}</translation>
    </message>
    <message>
        <source>Supplier for this line</source>
        <translation>Fournisseur pour cette ligne</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Reset &amp;suppliers</source>
        <translation>&amp;Réinitialiser les fournisseurs</translation>
    </message>
    <message>
        <source>Forget the suppliers chosen by hand and plan again</source>
        <translation>Oublier les fournisseurs choisis à la main et replanifier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Plan again from the shop as it is now (F5)</source>
        <translation>Replanifier à partir de l’état actuel de la boutique (F5)</translation>
    </message>
    <message>
        <source>Create &amp;drafts</source>
        <translation>Créer les &amp;brouillons</translation>
    </message>
    <message>
        <source>Create or grow the draft supplier orders shown here (Ctrl+Enter)</source>
        <translation>Créer ou compléter les brouillons de commandes fournisseurs affichés ici (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Plan by supplier</source>
        <translation>Planification par fournisseur</translation>
    </message>
    <message>
        <source>Nothing to order</source>
        <translation>Rien à commander</translation>
    </message>
    <message>
        <source>Selected line</source>
        <translation>Ligne sélectionnée</translation>
    </message>
    <message>
        <source>How the selected line&apos;s quantity was reached</source>
        <translation>Comment la quantité de la ligne sélectionnée a été obtenue</translation>
    </message>
    <message>
        <source>Supplier for the selected line</source>
        <translation>Fournisseur pour la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Order from &amp;supplier:</source>
        <translation>Commander chez le &amp;fournisseur :</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>Nothing to order: every customer line is in the shop or on order.</source>
        <translation>Rien à commander : chaque ligne client est en boutique ou en commande.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be ordered (no supplier offer).</source>
        <translation>
            <numerusform>%n ligne ne peut pas être commandée (aucune offre fournisseur).</numerusform>
            <numerusform>%n lignes ne peuvent pas être commandées (aucune offre fournisseur).</numerusform>
        </translation>
    </message>
    <message>
        <source>{orders} ({new} new), {lines}</source>
        <translation>{orders} ({new} nouvelles), {lines}</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier order(s)</source>
        <translation>
            <numerusform>%n commande fournisseur</numerusform>
            <numerusform>%n commandes fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>; {n} from surplus</source>
        <translation> ; {n} du surplus</translation>
    </message>
    <message>
        <source>; {n} from units already on order</source>
        <translation> ; {n} d’unités déjà commandées</translation>
    </message>
    <message>
        <source>; {n} below the supplier minimum</source>
        <translation> ; {n} sous le minimum du fournisseur</translation>
    </message>
    <message>
        <source>; {n} late</source>
        <translation> ; {n} en retard</translation>
    </message>
    <message>
        <source>Select a line to see how its quantity was reached.</source>
        <translation>Sélectionnez une ligne pour voir comment sa quantité a été calculée.</translation>
    </message>
    <message>
        <source>{product}: {why}</source>
        <translation>{product} : {why}</translation>
    </message>
    <message>
        <source>For: {customers}</source>
        <translation>Pour : {customers}</translation>
    </message>
    <message>
        <source>{name} ({cost}, pack {pack}, min {min})</source>
        <translation>{name} ({cost}, lot de {pack}, min. {min})</translation>
    </message>
    <message>
        <source>{name} (pack {pack}, min {min})</source>
        <translation>{name} (lot de {pack}, min. {min})</translation>
    </message>
    <message>
        <source>Choosing another supplier plans this product again.</source>
        <translation>Choisir un autre fournisseur replanifie ce produit.</translation>
    </message>
    <message>
        <source>Only this supplier sells it.</source>
        <translation>Seul ce fournisseur le vend.</translation>
    </message>
    <message>
        <source>Ready for pickup now: {numbers}.</source>
        <translation>Prêtes à retirer maintenant : {numbers}.</translation>
    </message>
    <message>
        <source>Drafts:</source>
        <translation>Brouillons :</translation>
    </message>
    <message>
        <source>Ready for pickup now:</source>
        <translation>Prêtes à être retirées :</translation>
    </message>
    <message>
        <source>Review new items</source>
        <translation>Vérifier les nouveaux articles</translation>
    </message>
    <message>
        <source>Items to review</source>
        <translation>Articles à vérifier</translation>
    </message>
    <message>
        <source>No items to review: every item has a supplier and a cost.</source>
        <translation>Aucun article à vérifier : chaque article a un fournisseur et un coût.</translation>
    </message>
    <message>
        <source>Complete: it can then be ordered</source>
        <translation>Compléter : il pourra ensuite être commandé</translation>
    </message>
    <message>
        <source>(choose the supplier)</source>
        <translation>(choisissez le fournisseur)</translation>
    </message>
    <message>
        <source>sale price</source>
        <translation>prix de vente</translation>
    </message>
    <message>
        <source>Co&amp;mplete review</source>
        <translation>Terminer la &amp;vérification</translation>
    </message>
    <message>
        <source>Unit cos&amp;t:</source>
        <translation>Coû&amp;t unitaire :</translation>
    </message>
    <message>
        <source>Or merge: it is the same as another product</source>
        <translation>Ou fusionner : c’est le même article qu’un autre produit</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Identique à</translation>
    </message>
    <message>
        <source>M&amp;erge into it</source>
        <translation>F&amp;usionner avec</translation>
    </message>
    <message>
        <source>Same &amp;as:</source>
        <translation>Identique &amp;à :</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) waiting</source>
        <translation>
            <numerusform>%n unité en attente</numerusform>
            <numerusform>%n unités en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer line(s) wait for it.</source>
        <translation>
            <numerusform>%n ligne client l’attend.</numerusform>
            <numerusform>%n lignes client l’attendent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the product it is the same as first</source>
        <translation>Choisissez d’abord le produit identique</translation>
    </message>
    <message>
        <source>Its order lines move to {sku} {name}.</source>
        <translation>Ses lignes de commande passent à {sku} {name}.</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Prix de vente</translation>
    </message>
    <message>
        <source>Leave empty to use the shop&apos;s tax rate from Settings.</source>
        <translation>Laissez vide pour appliquer le taux de TVA de la boutique (Paramètres).</translation>
    </message>
    <message>
        <source>EAN/UPC, optional</source>
        <translation>EAN/UPC, facultatif</translation>
    </message>
    <message>
        <source>&amp;Active (can be ordered)</source>
        <translation>&amp;Actif (peut être commandé)</translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation>S&amp;KU :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>Sale &amp;price:</source>
        <translation>&amp;Prix de vente :</translation>
    </message>
    <message>
        <source>edited by hand</source>
        <translation>modifié à la main</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>price list</source>
        <translation>liste de prix</translation>
    </message>
    <message>
        <source>item review</source>
        <translation>vérification d’article</translation>
    </message>
    <message>
        <source>Ta&amp;x rate (%):</source>
        <translation>Tau&amp;x de TVA (%) :</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Code-barres :</translation>
    </message>
    <message>
        <source>Save the product (Ctrl+S)</source>
        <translation>Enregistrer le produit (Ctrl+S)</translation>
    </message>
    <message>
        <source>Lead (days)</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préférée</translation>
    </message>
    <message>
        <source>A&amp;dd offer…</source>
        <translation>A&amp;jouter une offre…</translation>
    </message>
    <message>
        <source>&amp;Edit offer…</source>
        <translation>&amp;Modifier l’offre…</translation>
    </message>
    <message>
        <source>Supplier offers</source>
        <translation>Offres fournisseurs</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Cost history</source>
        <translation>Historique des coûts</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Product {sku}</source>
        <translation>Produit {sku}</translation>
    </message>
    <message>
        <source>shop&apos;s rate: {rate}</source>
        <translation>taux de la boutique : {rate}</translation>
    </message>
    <message>
        <source>Save the product first, then add its supplier offers.</source>
        <translation>Enregistrez d’abord le produit, puis ajoutez ses offres fournisseurs.</translation>
    </message>
    <message>
        <source>No supplier offers yet: add one so the product can be ordered.</source>
        <translation>Pas encore d’offre fournisseur : ajoutez-en une pour que le produit puisse être commandé.</translation>
    </message>
    <message>
        <source>Cost history of the offer by {supplier}</source>
        <translation>Historique des coûts de l’offre de {supplier}</translation>
    </message>
    <message>
        <source>* The supplier&apos;s usual lead time: this offer has none of its own.</source>
        <translation>* Le délai habituel du fournisseur : cette offre n’a pas de délai propre.</translation>
    </message>
    <message>
        <source>This offer&apos;s own lead time, instead of the supplier&apos;s usual one.</source>
        <translation>Le délai propre à cette offre, au lieu du délai habituel du fournisseur.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Units received now</source>
        <translation>Unités reçues maintenant</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Supplier &amp;order:</source>
        <translation>C&amp;ommande fournisseur :</translation>
    </message>
    <message>
        <source>Scan or type its number, then Enter</source>
        <translation>Scannez ou saisissez son numéro, puis Entrée</translation>
    </message>
    <message>
        <source>Supplier order number</source>
        <translation>Numéro de commande fournisseur</translation>
    </message>
    <message>
        <source>Expected supplier orders</source>
        <translation>Commandes fournisseurs attendues</translation>
    </message>
    <message>
        <source>Scan &amp;product:</source>
        <translation>Scanner un &amp;produit :</translation>
    </message>
    <message>
        <source>Barcode, shop SKU or supplier SKU, then Enter</source>
        <translation>Code-barres, SKU boutique ou SKU fournisseur, puis Entrée</translation>
    </message>
    <message>
        <source>Scan product code</source>
        <translation>Scanner le code produit</translation>
    </message>
    <message>
        <source>Lines of the supplier order</source>
        <translation>Lignes de la commande fournisseur</translation>
    </message>
    <message>
        <source>&amp;Fill outstanding</source>
        <translation>&amp;Remplir le restant</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>&amp;Record delivery</source>
        <translation>&amp;Enregistrer la livraison</translation>
    </message>
    <message>
        <source>Record the units in “Receive now” (Ctrl+Return)</source>
        <translation>Enregistrer les unités de « Reçu maintenant » (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Undo last delivery…</source>
        <translation>&amp;Annuler la dernière livraison…</translation>
    </message>
    <message>
        <source>Where the units went</source>
        <translation>Où sont allées les unités</translation>
    </message>
    <message>
        <source>Where the delivered units went</source>
        <translation>Où sont allées les unités livrées</translation>
    </message>
    <message>
        <source>&amp;Print pickup notices</source>
        <translation>Imprimer les avis de re&amp;trait</translation>
    </message>
    <message>
        <source>E&amp;mail pickup notices…</source>
        <translation>Envoyer les avis par e-&amp;mail…</translation>
    </message>
    <message>
        <source>E-mail the pickup notice to each customer now ready</source>
        <translation>Envoyer l’avis de retrait à chaque client dont la commande est prête</translation>
    </message>
    <message>
        <source>Put a&amp;way…</source>
        <translation>Ranger sur l’éta&amp;gère…</translation>
    </message>
    <message>
        <source>Print la&amp;bels…</source>
        <translation>Imprimer les éti&amp;quettes…</translation>
    </message>
    <message>
        <source>No supplier order is expected: send one first.</source>
        <translation>Aucune commande fournisseur n’est attendue : envoyez-en une d’abord.</translation>
    </message>
    <message>
        <source>{count} expected, {late} late (listed first)</source>
        <translation>{count} attendues, {late} en retard (en premier)</translation>
    </message>
    <message>
        <source>{count} expected</source>
        <translation>{count} attendues</translation>
    </message>
    <message>
        <source>Choose a supplier order</source>
        <translation>Choisir une commande fournisseur</translation>
    </message>
    <message>
        <source>Pick an expected order on the left, or scan the number on its delivery note.</source>
        <translation>Choisissez une commande attendue à gauche, ou scannez le numéro sur son bon de livraison.</translation>
    </message>
    <message>
        <source>expected {date}</source>
        <translation>attendue le {date}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) recorded</source>
        <translation>
            <numerusform>%n livraison enregistrée</numerusform>
            <numerusform>%n livraisons enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing more can be received</source>
        <translation>plus rien ne peut être reçu</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) to record</source>
        <translation>
            <numerusform>%n unité à enregistrer</numerusform>
            <numerusform>%n unités à enregistrer</numerusform>
        </translation>
    </message>
    <message>
        <source>No line of {number} has code {code}.</source>
        <translation>Aucune ligne de {number} n’a le code {code}.</translation>
    </message>
    <message>
        <source>{sku}: {n} of {due} outstanding</source>
        <translation>{sku} : {n} sur {due} restants</translation>
    </message>
    <message>
        <source>Record delivery</source>
        <translation>Enregistrer la livraison</translation>
    </message>
    <message>
        <source>Delivery for {number} recorded: {units}, {ready} now ready.</source>
        <translation>Livraison de {number} enregistrée : {units}, {ready} maintenant prêtes.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) went to surplus.</source>
        <translation>
            <numerusform>%n unité est allée au surplus.</numerusform>
            <numerusform>%n unités sont allées au surplus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now ready for pickup:</source>
        <translation>Prêtes à retirer :</translation>
    </message>
    <message>
        <source>Supplier order:</source>
        <translation>Commande fournisseur :</translation>
    </message>
    <message>
        <source>• {sku} {description}: {extra} more than outstanding</source>
        <translation>• {sku} {description} : {extra} de plus que le restant</translation>
    </message>
    <message>
        <source>More than was ordered</source>
        <translation>Plus que commandé</translation>
    </message>
    <message>
        <source>This delivery has more than is outstanding:
{lines}

The extra units go to surplus. Record it anyway?</source>
        <translation>Cette livraison contient plus que le restant :
{lines}

Les unités en trop vont au surplus. L’enregistrer quand même ?</translation>
    </message>
    <message numerus="yes">
        <source>Where the %n unit(s) of this delivery went</source>
        <translation>
            <numerusform>Où est allée %n unité de cette livraison</numerusform>
            <numerusform>Où sont allées les %n unités de cette livraison</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the shelf and bag count of each order now ready</source>
        <translation>Choisir l’étagère et le nombre de sacs de chaque commande désormais prête</translation>
    </message>
    <message>
        <source>No order became ready with this delivery: there is nothing to put away.</source>
        <translation>Aucune commande n’est devenue prête avec cette livraison : il n’y a rien à ranger.</translation>
    </message>
    <message>
        <source>A label for each bag of the orders now ready (put them away first to print the shelf)</source>
        <translation>Une étiquette par sac des commandes désormais prêtes (rangez-les d’abord pour imprimer l’étagère)</translation>
    </message>
    <message>
        <source>No order became ready with this delivery: there is nothing to label.</source>
        <translation>Aucune commande n’est devenue prête avec cette livraison : il n’y a rien à étiqueter.</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Imprimer les étiquettes</translation>
    </message>
    <message>
        <source>Undo last delivery</source>
        <translation>Annuler la dernière livraison</translation>
    </message>
    <message>
        <source>Remove the last delivery recorded for {number}, as if it had never been entered? Orders it made ready become open again.</source>
        <translation>Supprimer la dernière livraison enregistrée pour {number}, comme si elle n’avait jamais été saisie ? Les commandes qu’elle a rendues prêtes redeviennent en cours.</translation>
    </message>
    <message>
        <source>Delivery undone</source>
        <translation>Livraison annulée</translation>
    </message>
    <message>
        <source>The last delivery for {number} was undone; it is {status} again.</source>
        <translation>La dernière livraison de {number} a été annulée ; elle est de nouveau « {status} ».</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are open again.</source>
        <translation>
            <numerusform>%n commande est de nouveau en cours.</numerusform>
            <numerusform>%n commandes sont de nouveau en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last delivery for {number} undone.</source>
        <translation>Dernière livraison de {number} annulée.</translation>
    </message>
    <message>
        <source>Print pickup notices</source>
        <translation>Imprimer les avis de retrait</translation>
    </message>
    <message numerus="yes">
        <source>%n pickup notice(s) saved to {path}</source>
        <translation>
            <numerusform>%n avis de retrait enregistré dans {path}</numerusform>
            <numerusform>%n avis de retrait enregistrés dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pickup notice(s) printed into {file}; those customers count as notified.</source>
        <translation>
            <numerusform>%n avis de retrait imprimé dans {file} ; ce client est considéré comme avisé.</numerusform>
            <numerusform>%n avis de retrait imprimés dans {file} ; ces clients sont considérés comme avisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail pickup notices</source>
        <translation>Envoyer les avis de retrait</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) notified.</source>
        <translation>
            <numerusform>%n client avisé.</numerusform>
            <numerusform>%n clients avisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notified:</source>
        <translation>Avisés :</translation>
    </message>
    <message numerus="yes">
        <source>{number}: %n unit(s) received, {surplus} to surplus; the order is now {status}.</source>
        <translation>
            <numerusform>{number} : %n unité reçue, {surplus} au surplus ; la commande est maintenant {status}.</numerusform>
            <numerusform>{number} : %n unités reçues, {surplus} au surplus ; la commande est maintenant {status}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} to {number} ({customer})</source>
        <translation>{n} pour {number} ({customer})</translation>
    </message>
    <message>
        <source>{n} to surplus</source>
        <translation>{n} au surplus</translation>
    </message>
    <message>
        <source>{sku} {name} ({n} received)</source>
        <translation>{sku} {name} ({n} reçus)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Now ready for pickup</source>
        <translation>Maintenant prêtes à retirer</translation>
    </message>
    <message>
        <source>No order became ready with this delivery.</source>
        <translation>Aucune commande n’est devenue prête avec cette livraison.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Supplier orders</source>
        <translation>Commandes fournisseurs</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Cash and waste</source>
        <translation>&amp;Trésorerie et pertes</translation>
    </message>
    <message>
        <source>Cash and waste</source>
        <translation>Trésorerie et pertes</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>&amp;Suppliers</source>
        <translation>&amp;Fournisseurs</translation>
    </message>
    <message>
        <source>Supplier reliability</source>
        <translation>Fiabilité des fournisseurs</translation>
    </message>
    <message>
        <source>Quoted days</source>
        <translation>Jours annoncés</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Jours (médiane)</translation>
    </message>
    <message>
        <source>p10-p90</source>
        <translation>p10-p90</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À l’heure</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Taux de service</translation>
    </message>
    <message>
        <source>Price drift</source>
        <translation>Dérive des prix</translation>
    </message>
    <message>
        <source>Promises use</source>
        <translation>Utilisé pour les promesses</translation>
    </message>
    <message>
        <source>&amp;Margins</source>
        <translation>&amp;Marges</translation>
    </message>
    <message>
        <source>Orders whose margin fell below the threshold</source>
        <translation>Commandes dont la marge est passée sous le seuil</translation>
    </message>
    <message>
        <source>Put orders away</source>
        <translation>Ranger les commandes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Étagère</translation>
    </message>
    <message>
        <source>Bags</source>
        <translation>Sacs</translation>
    </message>
    <message>
        <source>Shelf for {number}</source>
        <translation>Étagère pour {number}</translation>
    </message>
    <message>
        <source>e.g. A3</source>
        <translation>p. ex. A3</translation>
    </message>
    <message>
        <source>Bags for {number}</source>
        <translation>Sacs pour {number}</translation>
    </message>
    <message>
        <source>&amp;Put away</source>
        <translation>&amp;Ranger</translation>
    </message>
    <message>
        <source>Where do these orders wait for pickup? Each shelf holds one order.</source>
        <translation>Où ces commandes attendent-elles leur retrait ? Chaque étagère accueille une commande.</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Devisé</translation>
    </message>
    <message>
        <source>Cost now</source>
        <translation>Coût actuel</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>Acompte détenu</translation>
    </message>
    <message>
        <source>&amp;Demand spikes</source>
        <translation>Pics de &amp;demande</translation>
    </message>
    <message>
        <source>Demand spikes</source>
        <translation>Pics de demande</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Semaine habituelle</translation>
    </message>
    <message>
        <source>Customer &amp;waiting</source>
        <translation>&amp;Attente des clients</translation>
    </message>
    <message>
        <source>Customer waiting (days), orders placed in the last {0} days</source>
        <translation>Attente des clients (jours), commandes passées ces {0} derniers jours</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>To ready</source>
        <translation>Jusqu’à prête</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>To pickup</source>
        <translation>Jusqu’au retrait</translation>
    </message>
    <message>
        <source>Ready by promise</source>
        <translation>Prête à la date promise</translation>
    </message>
    <message>
        <source>Orders at &amp;risk</source>
        <translation>Commandes à &amp;risque</translation>
    </message>
    <message>
        <source>Orders at risk now</source>
        <translation>Commandes à risque maintenant</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Units short</source>
        <translation>Unités manquantes</translation>
    </message>
    <message>
        <source>Showing the first {0} of {1}; “Save as CSV…” writes them all.</source>
        <translation>Affichage des {0} premiers sur {1} ; « Enregistrer en CSV… » les écrit tous.</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Enregistrer en CS&amp;V…</translation>
    </message>
    <message>
        <source>&amp;Print / preview monthly report</source>
        <translation>&amp;Imprimer / aperçu du rapport mensuel</translation>
    </message>
    <message>
        <source>Computing “{0}”…</source>
        <translation>Calcul de « {0} »…</translation>
    </message>
    <message>
        <source>The report could not be computed: {0}</source>
        <translation>Le rapport n’a pas pu être calculé : {0}</translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>Au {0}</translation>
    </message>
    <message>
        <source>Deposits held</source>
        <translation>Acomptes détenus</translation>
    </message>
    <message>
        <source>Committed to suppliers</source>
        <translation>Engagé auprès des fournisseurs</translation>
    </message>
    <message>
        <source>Balance due on ready orders</source>
        <translation>Solde dû des commandes prêtes</translation>
    </message>
    <message>
        <source>Surplus value</source>
        <translation>Valeur du surplus</translation>
    </message>
    <message>
        <source>Surplus {0}</source>
        <translation>Surplus {0}</translation>
    </message>
    <message>
        <source>Written off {0}</source>
        <translation>Passé en perte {0}</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
    <message>
        <source>{percent} on time</source>
        <translation>{percent} à l’heure</translation>
    </message>
    <message>
        <source>{supplier} ({days} days, min. {min})</source>
        <translation>{supplier} ({days} jours, min. {min})</translation>
    </message>
    <message>
        <source>{days} days to ready</source>
        <translation>{days} jours avant d’être prête</translation>
    </message>
    <message>
        <source>&amp;Margins ({0})</source>
        <translation>&amp;Marges ({0})</translation>
    </message>
    <message>
        <source>Orders at &amp;risk ({0})</source>
        <translation>Commandes à &amp;risque ({0})</translation>
    </message>
    <message>
        <source>Save report as CSV</source>
        <translation>Enregistrer le rapport en CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to {0}</source>
        <translation>
            <numerusform>%n ligne enregistrée dans {0}</numerusform>
            <numerusform>%n lignes enregistrées dans {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tick the orders to remind first.</source>
        <translation>Cochez d’abord les commandes à rappeler.</translation>
    </message>
    <message>
        <source>None of the ticked customers has an e-mail address.</source>
        <translation>Aucun des clients cochés n’a d’adresse e-mail.</translation>
    </message>
    <message>
        <source>No mail server is set up; enter it in Settings → Email.</source>
        <translation>Aucun serveur de messagerie n’est configuré ; saisissez-le dans Paramètres → E-mail.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone / e-mail</source>
        <translation>Téléphone / e-mail</translation>
    </message>
    <message>
        <source>Pickup by</source>
        <translation>À retirer avant le</translation>
    </message>
    <message>
        <source>Extended by the owner</source>
        <translation>Prolongé par le gérant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Last reminded</source>
        <translation>Dernier rappel</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>Orders to remind</source>
        <translation>Commandes à rappeler</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>&amp;Print reminders</source>
        <translation>&amp;Imprimer les rappels</translation>
    </message>
    <message>
        <source>One PDF with a reminder for each ticked order</source>
        <translation>Un PDF avec un rappel pour chaque commande cochée</translation>
    </message>
    <message>
        <source>E-&amp;mail reminders…</source>
        <translation>Envoyer les rappels par e-&amp;mail…</translation>
    </message>
    <message>
        <source>E-mail a reminder to each ticked customer</source>
        <translation>Envoyer un rappel par e-mail à chaque client coché</translation>
    </message>
    <message>
        <source>E&amp;xtend pickup-by…</source>
        <translation>Prolon&amp;ger le délai de retrait…</translation>
    </message>
    <message>
        <source>Keep the ticked orders longer</source>
        <translation>Garder les commandes cochées plus longtemps</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) not collected, near or past the pickup-by date. A reminder keeps the order for the customer for the shop&apos;s hold time from today.</source>
        <translation>
            <numerusform>%n commande non retirée, proche ou au-delà de son délai de retrait. Un rappel garde la commande pour le client pendant le délai de garde du magasin à partir d’aujourd’hui.</numerusform>
            <numerusform>%n commandes non retirées, proches ou au-delà de leur délai de retrait. Un rappel garde la commande pour le client pendant le délai de garde du magasin à partir d’aujourd’hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>No uncollected order is near or past its pickup-by date.</source>
        <translation>Aucune commande non retirée n’approche ni ne dépasse son délai de retrait.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) printed into {file}; they are kept for pickup from today.</source>
        <translation>
            <numerusform>%n rappel imprimé dans {file} ; la commande est gardée à partir d’aujourd’hui.</numerusform>
            <numerusform>%n rappels imprimés dans {file} ; les commandes sont gardées à partir d’aujourd’hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminded:</source>
        <translation>Rappelées :</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document :</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) e-mailed; they are kept for pickup from today.</source>
        <translation>
            <numerusform>%n rappel envoyé par e-mail ; la commande est gardée à partir d’aujourd’hui.</numerusform>
            <numerusform>%n rappels envoyés par e-mail ; les commandes sont gardées à partir d’aujourd’hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons clients</translation>
    </message>
    <message>
        <source>Deliveries due by</source>
        <translation>Livraisons prévues jusqu’au</translation>
    </message>
    <message>
        <source>Ready orders to deliver &amp;by:</source>
        <translation>Commandes prêtes à livrer &amp;jusqu’au :</translation>
    </message>
    <message>
        <source>Orders to deliver</source>
        <translation>Commandes à livrer</translation>
    </message>
    <message>
        <source>Delivery &amp;note</source>
        <translation>Bon de &amp;livraison</translation>
    </message>
    <message>
        <source>Print the &amp;run</source>
        <translation>Imprimer la &amp;tournée</translation>
    </message>
    <message>
        <source>&amp;Delivered…</source>
        <translation>Marquer comme l&amp;ivrée…</translation>
    </message>
    <message>
        <source>Hand the chosen order over at the customer&apos;s door</source>
        <translation>Remettre la commande choisie à la porte du client</translation>
    </message>
    <message>
        <source>The chosen order&apos;s delivery note, to print</source>
        <translation>Le bon de livraison de la commande choisie, à imprimer</translation>
    </message>
    <message>
        <source>Every listed order&apos;s delivery note in one PDF, in this order</source>
        <translation>Les bons de livraison de toutes les commandes listées dans un seul PDF, dans cet ordre</translation>
    </message>
    <message numerus="yes">
        <source>%n ready order(s) to deliver by {day}.</source>
        <translation>
            <numerusform>%n commande prête à livrer d’ici le {day}.</numerusform>
            <numerusform>%n commandes prêtes à livrer d’ici le {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ready order is due for delivery by {day}.</source>
        <translation>Aucune commande prête n’est à livrer d’ici le {day}.</translation>
    </message>
    <message>
        <source>{number} delivered.</source>
        <translation>{number} livrée.</translation>
    </message>
    <message>
        <source>Delivery note {number}</source>
        <translation>Bon de livraison {number}</translation>
    </message>
    <message>
        <source>Delivery run of {day}</source>
        <translation>Tournée de livraison du {day}</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>&amp;Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>Retirer le l&amp;ogo</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nom de la boutique :</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Seulement sur demande</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Toutes les 30 minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>No web shop is connected yet.</source>
        <translation>Aucune boutique en ligne n’est encore connectée.</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the secret is asked for once per session.</source>
        <translation>Cet ordinateur n’a pas de trousseau système : le secret est demandé une fois par session.</translation>
    </message>
    <message>
        <source>Ask once per session</source>
        <translation>Demander une fois par session</translation>
    </message>
    <message>
        <source>&amp;Web shop:</source>
        <translation>&amp;Boutique en ligne :</translation>
    </message>
    <message>
        <source>Open shop on a server</source>
        <translation>Ouvrir une boutique sur un serveur</translation>
    </message>
    <message>
        <source>optional, e.g. bikeshop</source>
        <translation>facultatif, p. ex. boutique-velo</translation>
    </message>
    <message>
        <source>Saved connections open as postgresql:///?service=name, here and in psql.</source>
        <translation>Les connexions enregistrées s’ouvrent par postgresql:///?service=nom, ici et dans psql.</translation>
    </message>
    <message>
        <source>If the server wants a password this computer does not have (in ~/.pgpass, PGPASSWORD or its keyring), you are asked for it; it is never kept in the shop, in the list of recent shops or with a saved connection. For an encrypted connection to a server elsewhere, end the address with ?sslmode=verify-full.</source>
        <translation>Si le serveur demande un mot de passe que cet ordinateur n’a pas (dans ~/.pgpass, PGPASSWORD ou son trousseau), il vous est demandé ; il n’est jamais conservé dans la boutique, dans la liste des boutiques récentes ni avec une connexion enregistrée. Pour une connexion chiffrée à un serveur distant, terminez l’adresse par ?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>Type the server shop&apos;s address.</source>
        <translation>Saisissez l’adresse de la boutique sur le serveur.</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>&amp;Clé client :</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l’API :</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <source>Secret ke&amp;pt:</source>
        <translation>Secret cons&amp;ervé :</translation>
    </message>
    <message>
        <source>&amp;Fetch new orders:</source>
        <translation>&amp;Récupérer les commandes :</translation>
    </message>
    <message>
        <source>Orders changed since:</source>
        <translation>Commandes modifiées depuis :</translation>
    </message>
    <message>
        <source>Fetch orders changed since</source>
        <translation>Récupérer les commandes modifiées depuis</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>&amp;Jeton d’accès :</translation>
    </message>
    <message>
        <source>https://shop.example.com</source>
        <translation>https://votre-boutique.example.com</translation>
    </message>
    <message>
        <source>https://your-shop.myshopify.com</source>
        <translation>https://votre-boutique.myshopify.com</translation>
    </message>
    <message>
        <source>kept in memory until jitdesk closes</source>
        <translation>conservé en mémoire jusqu’à la fermeture de jitdesk</translation>
    </message>
    <message>
        <source>Last fetched {when}: {result}</source>
        <translation>Dernière récupération {when} : {result}</translation>
    </message>
    <message>
        <source>Connected; no orders fetched yet.</source>
        <translation>Connectée ; aucune commande récupérée pour l’instant.</translation>
    </message>
    <message>
        <source>Asking {host}…</source>
        <translation>Interrogation de {host}…</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>e.g. ATU12345678</source>
        <translation>p. ex. ATU12345678</translation>
    </message>
    <message>
        <source>Sale prices &amp;include tax</source>
        <translation>Prix de vente TVA incluse (&amp;brut)</translation>
    </message>
    <message>
        <source>Unticked: the tax is added to the sale prices on customer documents.</source>
        <translation>Non coché : la TVA s’ajoute aux prix de vente sur les documents clients.</translation>
    </message>
    <message>
        <source>Closed on {day}</source>
        <translation>Fermé le {day}</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <source>Mon–Fri 9:00–18:00
Sat 9:00–13:00</source>
        <translation>Lun–ven 9h00–18h00
Sam 9h00–13h00</translation>
    </message>
    <message>
        <source>a “documents” folder next to the shop file</source>
        <translation>un dossier « documents » à côté du fichier boutique</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Currency (3 letters):</source>
        <translation>De&amp;vise (3 lettres) :</translation>
    </message>
    <message>
        <source>&amp;Locale (money and dates):</source>
        <translation>&amp;Locale (montants et dates) :</translation>
    </message>
    <message>
        <source>&amp;Tax rate (%):</source>
        <translation>Tau&amp;x de TVA (%) :</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Identi&amp;fiant TVA :</translation>
    </message>
    <message>
        <source>&amp;Deposit (% of the order):</source>
        <translation>Aco&amp;mpte (% de la commande) :</translation>
    </message>
    <message>
        <source>Pic&amp;kup hold (days):</source>
        <translation>Déla&amp;i de retrait (jours) :</translation>
    </message>
    <message>
        <source>Safety &amp;buffer (days):</source>
        <translation>Marge de &amp;sécurité (jours) :</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Fermé le :</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>&amp;Horaires d’ouverture :</translation>
    </message>
    <message>
        <source>Documents &amp;folder:</source>
        <translation>&amp;Dossier des documents :</translation>
    </message>
    <message>
        <source>Footer on every document</source>
        <translation>Pied de page sur chaque document</translation>
    </message>
    <message>
        <source>Note on supplier orders</source>
        <translation>Note sur les commandes fournisseurs</translation>
    </message>
    <message>
        <source>Note on pickup notices</source>
        <translation>Note sur les avis de retrait</translation>
    </message>
    <message>
        <source>Note on order confirmations</source>
        <translation>Note sur les confirmations de commande</translation>
    </message>
    <message>
        <source>Footer (every document):</source>
        <translation>Pied de page (chaque document) :</translation>
    </message>
    <message>
        <source>Supplier order note:</source>
        <translation>Note commande fournisseur :</translation>
    </message>
    <message>
        <source>Pickup notice note:</source>
        <translation>Note avis de retrait :</translation>
    </message>
    <message>
        <source>Confirmation note:</source>
        <translation>Note confirmation :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lang&amp;ue :</translation>
    </message>
    <message>
        <source>Shop details</source>
        <translation>Coordonnées de la boutique</translation>
    </message>
    <message>
        <source>Money, orders and pickup</source>
        <translation>Argent, commandes et retrait</translation>
    </message>
    <message>
        <source>Pickup shelf, labels and telling customers</source>
        <translation>Étagère de retrait, étiquettes et avis aux clients</translation>
    </message>
    <message>
        <source>Document texts</source>
        <translation>Textes des documents</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation>Enregistrer les paramètres (Ctrl+S)</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose the shop logo</source>
        <translation>Choisir le logo de la boutique</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{name} could not be read: {error}</source>
        <translation>{name} n’a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB; choose a smaller image.</source>
        <translation>Le logo dépasse 2 Mo ; choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image.</source>
        <translation>{name} n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Folder for generated documents</source>
        <translation>Dossier des documents créés</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>pickup hold time</source>
        <translation>Délai de retrait</translation>
    </message>
    <message>
        <source>safety buffer</source>
        <translation>Marge de sécurité</translation>
    </message>
    <message>
        <source>The tax rate “{text}” is not a percentage; write it like 20 or 7.5.</source>
        <translation>Le taux de TVA « {text} » n’est pas un pourcentage ; écrivez-le comme 20 ou 5,5.</translation>
    </message>
    <message>
        <source>The tax rate cannot be negative.</source>
        <translation>Le taux de TVA ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>orders@example.com</source>
        <translation>commandes@exemple.fr</translation>
    </message>
    <message>
        <source>minimum order value</source>
        <translation>Minimum de commande</translation>
    </message>
    <message>
        <source>Minimum order value</source>
        <translation>Minimum de commande</translation>
    </message>
    <message>
        <source>Planning may order from active suppliers only.</source>
        <translation>La planification ne commande qu’auprès des fournisseurs actifs.</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Adre&amp;sse :</translation>
    </message>
    <message>
        <source>Acco&amp;unt number:</source>
        <translation>Num&amp;éro de compte :</translation>
    </message>
    <message>
        <source>&amp;Lead time (days):</source>
        <translation>&amp;Délai de livraison (jours) :</translation>
    </message>
    <message>
        <source>Delivers on:</source>
        <translation>Livre le :</translation>
    </message>
    <message>
        <source>&amp;Minimum order value:</source>
        <translation>&amp;Minimum de commande :</translation>
    </message>
    <message>
        <source>Save the supplier (Ctrl+S)</source>
        <translation>Enregistrer le fournisseur (Ctrl+S)</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <source>Supplier {name}</source>
        <translation>Fournisseur {name}</translation>
    </message>
    <message>
        <source>Supplier order lines</source>
        <translation>Lignes de la commande fournisseur</translation>
    </message>
    <message>
        <source>Customers of the selected line</source>
        <translation>Clients de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Change &amp;quantity…</source>
        <translation>Modifier la &amp;quantité…</translation>
    </message>
    <message>
        <source>&amp;Remove line…</source>
        <translation>&amp;Supprimer la ligne…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to supplier…</source>
        <translation>Dé&amp;placer vers un fournisseur…</translation>
    </message>
    <message>
        <source>Notes for the supplier</source>
        <translation>Notes pour le fournisseur</translation>
    </message>
    <message>
        <source>Notes printed on the order for the supplier</source>
        <translation>Notes imprimées sur la commande pour le fournisseur</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>Enregistrer les &amp;notes</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>Annuler la co&amp;mmande…</translation>
    </message>
    <message>
        <source>Close s&amp;hort…</source>
        <translation>Cl&amp;ôturer partiellement…</translation>
    </message>
    <message>
        <source>Receive &amp;delivery…</source>
        <translation>Réceptionner la &amp;livraison…</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes :</translation>
    </message>
    <message>
        <source>No supplier order selected</source>
        <translation>Aucune commande fournisseur sélectionnée</translation>
    </message>
    <message>
        <source>Choose an order in the list to see its lines and customers.</source>
        <translation>Choisissez une commande dans la liste pour voir ses lignes et ses clients.</translation>
    </message>
    <message>
        <source>Status: {status} · Expected: {expected} · Value: {value}</source>
        <translation>Statut : {status} · Attendue : {expected} · Valeur : {value}</translation>
    </message>
    <message>
        <source> (supplier minimum {minimum})</source>
        <translation> (minimum du fournisseur {minimum})</translation>
    </message>
    <message>
        <source>Status: {status} · Expected: {expected}</source>
        <translation>Statut : {status} · Attendue : {expected}</translation>
    </message>
    <message>
        <source>Below the minimum of {minimum}: hold the draft or send anyway.</source>
        <translation>Sous le minimum de {minimum} : gardez le brouillon ou envoyez quand même.</translation>
    </message>
    <message>
        <source>Late: it was expected on {date}. The customers below are still waiting.</source>
        <translation>En retard : elle était attendue le {date}. Les clients ci-dessous attendent toujours.</translation>
    </message>
    <message>
        <source>Sent on {date}: the supplier has this order, so its lines and notes can no longer be changed. Cancel it or close it short instead.</source>
        <translation>Envoyée le {date} : le fournisseur a cette commande, ses lignes et notes ne peuvent donc plus être modifiées. Annulez-la ou clôturez-la partiellement.</translation>
    </message>
    <message>
        <source>This order is {status}; nothing about it can be changed any more.</source>
        <translation>Cette commande est {status} ; plus rien ne peut y être modifié.</translation>
    </message>
    <message>
        <source>{sku} is for: {customers}</source>
        <translation>{sku} est pour : {customers}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>{n} × {sku} for {number} ({customer})</source>
        <translation>{n} × {sku} pour {number} ({customer})</translation>
    </message>
    <message>
        <source>These customers go back to waiting:</source>
        <translation>Ces clients se remettent à attendre :</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>No customer is waiting for it.</source>
        <translation>Aucun client ne l’attend.</translation>
    </message>
    <message>
        <source>Change quantity</source>
        <translation>Modifier la quantité</translation>
    </message>
    <message>
        <source>Units of {sku} (customers need {covered}; pack of {pack}):</source>
        <translation>Unités de {sku} (les clients en ont besoin de {covered} ; lot de {pack}) :</translation>
    </message>
    <message>
        <source>{n} for {number} ({customer})</source>
        <translation>{n} pour {number} ({customer})</translation>
    </message>
    <message>
        <source>Remove {n} × {sku} from {number}?</source>
        <translation>Retirer {n} × {sku} de {number} ?</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Move to supplier</source>
        <translation>Déplacer vers un fournisseur</translation>
    </message>
    <message>
        <source>No other supplier has an active offer for {sku}; add one in the catalog.</source>
        <translation>Aucun autre fournisseur n’a d’offre active pour {sku} ; ajoutez-en une dans le catalogue.</translation>
    </message>
    <message>
        <source>Order {sku} from:</source>
        <translation>Commander {sku} chez :</translation>
    </message>
    <message>
        <source>Notes of {number} saved.</source>
        <translation>Notes de {number} enregistrées.</translation>
    </message>
    <message>
        <source>Cancel {number} ({supplier})?</source>
        <translation>Annuler {number} ({supplier}) ?</translation>
    </message>
    <message>
        <source>Tell the supplier too: it was already sent.</source>
        <translation>Prévenez aussi le fournisseur : elle a déjà été envoyée.</translation>
    </message>
    <message>
        <source>Cancel supplier order</source>
        <translation>Annuler la commande fournisseur</translation>
    </message>
    <message>
        <source>Close {number} short? The rest will never come; what was received stays.</source>
        <translation>Clôturer {number} partiellement ? Le reste ne viendra jamais ; ce qui a été reçu reste.</translation>
    </message>
    <message>
        <source>Close short</source>
        <translation>Clôturer partiellement</translation>
    </message>
    <message>
        <source>Open (draft, sent, partly received)</source>
        <translation>En cours (brouillon, envoyée, reçue en partie)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Search by number or supplier</source>
        <translation>Rechercher par numéro ou fournisseur</translation>
    </message>
    <message>
        <source>Search supplier orders</source>
        <translation>Rechercher des commandes fournisseurs</translation>
    </message>
    <message>
        <source>Show supplier orders with status</source>
        <translation>Afficher les commandes fournisseurs au statut</translation>
    </message>
    <message>
        <source>Show orders of supplier</source>
        <translation>Afficher les commandes du fournisseur</translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>Fo&amp;urnisseur :</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>Active suppliers</source>
        <translation>Fournisseurs actifs</translation>
    </message>
    <message>
        <source>Inactive suppliers</source>
        <translation>Fournisseurs inactifs</translation>
    </message>
    <message>
        <source>The supplier</source>
        <translation>Le fournisseur</translation>
    </message>
    <message>
        <source>Search by name, contact, email, phone or account</source>
        <translation>Rechercher par nom, contact, e-mail, téléphone ou numéro de compte</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>&amp;New supplier</source>
        <translation>Nou&amp;veau fournisseur</translation>
    </message>
    <message>
        <source>Supplier {name} saved.</source>
        <translation>Fournisseur {name} enregistré.</translation>
    </message>
    <message>
        <source>1 supplier</source>
        <translation>1 fournisseur</translation>
    </message>
    <message>
        <source>{count} suppliers</source>
        <translation>{count} fournisseurs</translation>
    </message>
    <message>
        <source>Write off surplus</source>
        <translation>Passer le surplus en perte</translation>
    </message>
    <message>
        <source>{sku} {name}: {quantity} {unit} surplus.</source>
        <translation>{sku} {name} : {quantity} {unit} en surplus.</translation>
    </message>
    <message>
        <source>e.g. damaged, sold over the counter, returned</source>
        <translation>p. ex. abîmé, vendu au comptoir, retourné</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Passer en perte</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>Use surplus for an order</source>
        <translation>Utiliser le surplus pour une commande</translation>
    </message>
    <message>
        <source>{quantity} {unit} of {sku} {name} are surplus. Orders waiting for it:</source>
        <translation>{quantity} {unit} de {sku} {name} sont en surplus. Commandes qui l’attendent :</translation>
    </message>
    <message>
        <source>Orders waiting for the product</source>
        <translation>Commandes qui attendent le produit</translation>
    </message>
    <message>
        <source>No open order is waiting for this product.</source>
        <translation>Aucune commande en cours n’attend ce produit.</translation>
    </message>
    <message>
        <source>Use for this order</source>
        <translation>Utiliser pour cette commande</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Âge (jours)</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>&amp;Passer en perte…</translation>
    </message>
    <message>
        <source>&amp;Use for an order…</source>
        <translation>&amp;Utiliser pour une commande…</translation>
    </message>
    <message>
        <source>{products}, {units} of surplus</source>
        <translation>{products}, {units} de surplus</translation>
    </message>
    <message>
        <source>{products}, {units} of surplus worth {value}</source>
        <translation>{products}, {units} de surplus d’une valeur de {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>No surplus on hand.</source>
        <translation>Aucun surplus en stock.</translation>
    </message>
    <message>
        <source>Written off.</source>
        <translation>Passé en perte.</translation>
    </message>
    <message>
        <source>Order {number} is now ready.</source>
        <translation>La commande {number} est maintenant prête.</translation>
    </message>
    <message>
        <source>Surplus allocated to order {number}.</source>
        <translation>Surplus attribué à la commande {number}.</translation>
    </message>
    <message>
        <source>Show or hide {title}</source>
        <translation>Afficher ou masquer {title}</translation>
    </message>
    <message>
        <source>Show or hide this section</source>
        <translation>Afficher ou masquer cette section</translation>
    </message>
    <message>
        <source>Orders waiting to be ordered</source>
        <translation>Commandes en attente de commande fournisseur</translation>
    </message>
    <message>
        <source>Draft supplier orders to send</source>
        <translation>Brouillons de commandes fournisseurs à envoyer</translation>
    </message>
    <message>
        <source>Late supplier orders</source>
        <translation>Commandes fournisseurs en retard</translation>
    </message>
    <message>
        <source>Deliveries expected today</source>
        <translation>Livraisons attendues aujourd’hui</translation>
    </message>
    <message>
        <source>Ready, customer not told yet</source>
        <translation>Prêtes, client pas encore avisé</translation>
    </message>
    <message>
        <source>Ready but not collected past the pickup-by date</source>
        <translation>Prêtes mais non retirées après la date limite</translation>
    </message>
    <message>
        <source>Surplus on hand</source>
        <translation>Surplus en stock</translation>
    </message>
    <message>
        <source>Margins under pressure</source>
        <translation>Marges sous pression</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) to review before they can be ordered.</source>
        <translation>
            <numerusform>%n nouvel article à vérifier avant de pouvoir le commander.</numerusform>
            <numerusform>%n nouveaux articles à vérifier avant de pouvoir les commander.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deliveries…</source>
        <translation>&amp;Livraisons…</translation>
    </message>
    <message numerus="yes">
        <source>Ready to deliver (%n)</source>
        <translation>
            <numerusform>Prêt à livrer (%n)</numerusform>
            <numerusform>Prêts à livrer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;web orders…</source>
        <translation>Vérifier les commandes &amp;web…</translation>
    </message>
    <message>
        <source>Web orders to check ({n})</source>
        <translation>Commandes web à vérifier ({n})</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… et {n} de plus.</translation>
    </message>
    <message>
        <source>&amp;Plan orders…</source>
        <translation>&amp;Planifier les commandes…</translation>
    </message>
    <message numerus="yes">
        <source>{orders} need {units} that are not ordered yet.</source>
        <translation>
            <numerusform>{orders} attend {units} pas encore commandées.</numerusform>
            <numerusform>{orders} attendent {units} pas encore commandées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer order(s)</source>
        <translation>
            <numerusform>%n commande client</numerusform>
            <numerusform>%n commandes clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} · {supplier} · %n line(s) · {value}</source>
        <translation>
            <numerusform>{number} · {supplier} · %n ligne · {value}</numerusform>
            <numerusform>{number} · {supplier} · %n lignes · {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} · {supplier} · %n line(s)</source>
        <translation>
            <numerusform>{number} · {supplier} · %n ligne</numerusform>
            <numerusform>{number} · {supplier} · %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the supplier&apos;s minimum order of {minimum}.</source>
        <translation>Sous le minimum de commande du fournisseur de {minimum}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>{number} · {supplier} · expected {date} · %n day(s) late</source>
        <translation>
            <numerusform>{number} · {supplier} · attendue le {date} · %n jour de retard</numerusform>
            <numerusform>{number} · {supplier} · attendue le {date} · %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>{orders} waiting for {units}</source>
        <translation>{orders} en attente de {units}</translation>
    </message>
    <message>
        <source>Keeps {orders} waiting for {units}:</source>
        <translation>Fait attendre {orders} pour {units} :</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <source>{number} · {supplier} · {lines}, {units}</source>
        <translation>{number} · {supplier} · {lines}, {units}</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réceptionner</translation>
    </message>
    <message>
        <source>shelf {shelf}</source>
        <translation>étagère {shelf}</translation>
    </message>
    <message>
        <source>Print &amp;pickup notices…</source>
        <translation>Imprimer les avis de &amp;retrait…</translation>
    </message>
    <message>
        <source>Ready since {date} · balance due {balance}</source>
        <translation>Prête depuis le {date} · solde dû {balance}</translation>
    </message>
    <message>
        <source>Re&amp;minders…</source>
        <translation>Rapp&amp;els…</translation>
    </message>
    <message numerus="yes">
        <source>Pickup by {date} (%n day(s) ago) · balance due {balance}</source>
        <translation>
            <numerusform>Retrait avant le {date} (il y a %n jour) · solde dû {balance}</numerusform>
            <numerusform>Retrait avant le {date} (il y a %n jours) · solde dû {balance}</numerusform>
        </translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>{units} of {products}, worth {value} at cost.</source>
        <translation>{units} de {products}, d’une valeur de {value} au prix d’achat.</translation>
    </message>
    <message>
        <source>{units} of {products}.</source>
        <translation>{units} de {products}.</translation>
    </message>
    <message>
        <source>All in &amp;Reports</source>
        <translation>Tout dans &amp;Rapports</translation>
    </message>
    <message>
        <source>{number} · {customer}
Quoted {quoted} · cost now {cost} · margin {rate} · deposit held {deposit}</source>
        <translation>{number} · {customer}
Devisé {quoted} · coût actuel {cost} · marge {rate} · acompte détenu {deposit}</translation>
    </message>
    <message numerus="yes">
        <source>%n pickup notice(s) in {file}; those customers count as notified.</source>
        <translation>
            <numerusform>%n avis de retrait dans {file} ; ce client est considéré comme avisé.</numerusform>
            <numerusform>%n avis de retrait dans {file} ; ces clients sont considérés comme avisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {n} are linked below.</source>
        <translation>Les {n} premières sont en lien ci-dessous.</translation>
    </message>
    <message>
        <source>jitdesk shops (*.jitdesk);;All files (*)</source>
        <translation>Boutiques jitdesk (*.jitdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the shop</source>
        <translation>Impossible d’ouvrir la boutique</translation>
    </message>
    <message>
        <source>{address} is not the address of a shop on a server; it begins with postgresql://, e.g. postgresql://anna@shop-server:5432/bikeshop.</source>
        <translation>{address} n’est pas l’adresse d’une boutique sur un serveur ; elle commence par postgresql://, p. ex. postgresql://anna@shop-server:5432/bikeshop.</translation>
    </message>
    <message>
        <source>Cannot save the connection</source>
        <translation>Impossible d’enregistrer la connexion</translation>
    </message>
    <message>
        <source>Saved server connections</source>
        <translation>Connexions serveur enregistrées</translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation>Ouvrir une boutique</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Boutique de démonstration</translation>
    </message>
    <message>
        <source>The demo shop is not available in this version.</source>
        <translation>La boutique de démonstration n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Nouvelle boutique</translation>
    </message>
    <message>
        <source>The name printed on your documents</source>
        <translation>Le nom imprimé sur vos documents</translation>
    </message>
    <message>
        <source>Choose where to save the shop file</source>
        <translation>Choisir où enregistrer le fichier boutique</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>Shop &amp;file:</source>
        <translation>&amp;Fichier boutique :</translation>
    </message>
    <message>
        <source>Create shop</source>
        <translation>Créer la boutique</translation>
    </message>
    <message>
        <source>New shop file</source>
        <translation>Nouveau fichier boutique</translation>
    </message>
    <message>
        <source>Choose where to keep the shop file.</source>
        <translation>Choisissez où conserver le fichier boutique.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}).</source>
        <translation>Le dossier {folder} ne peut pas être créé ({reason}).</translation>
    </message>
    <message>
        <source>Welcome to jitdesk</source>
        <translation>Bienvenue dans jitdesk</translation>
    </message>
    <message>
        <source>jitdesk keeps your shop — customers, orders, suppliers — in one shop file on this computer. How would you like to start?</source>
        <translation>jitdesk conserve votre boutique — clients, commandes, fournisseurs — dans un seul fichier boutique sur cet ordinateur. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation>Essayer la boutique de démonstration</translation>
    </message>
    <message>
        <source>A sample shop with suppliers, products and orders to explore.</source>
        <translation>Une boutique d’exemple avec fournisseurs, produits et commandes à explorer.</translation>
    </message>
    <message>
        <source>Open a shop file…</source>
        <translation>Ouvrir un fichier boutique…</translation>
    </message>
    <message>
        <source>Continue with a shop file you already have.</source>
        <translation>Continuer avec un fichier boutique existant.</translation>
    </message>
    <message>
        <source>Open a shop on a server…</source>
        <translation>Ouvrir une boutique sur un serveur…</translation>
    </message>
    <message>
        <source>Work on the shop your other desks share on a PostgreSQL server.</source>
        <translation>Travailler sur la boutique que vos autres postes partagent sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Create a new shop…</source>
        <translation>Créer une nouvelle boutique…</translation>
    </message>
    <message>
        <source>Start empty: give your shop a name and currency.</source>
        <translation>Commencer à vide : donnez un nom et une devise à votre boutique.</translation>
    </message>
    <message>
        <source>Type a name, phone or email</source>
        <translation>Saisissez un nom, un téléphone ou un e-mail</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>Nouveau c&amp;lient…</translation>
    </message>
    <message>
        <source>Add a customer who is not in the list yet</source>
        <translation>Ajouter un client qui n’est pas encore dans la liste</translation>
    </message>
    <message>
        <source>No customer matches “{text}”; use New customer to add them.</source>
        <translation>Aucun client ne correspond à « {text} » ; ajoutez-le avec « Nouveau client ».</translation>
    </message>
    <message>
        <source>The {label} is missing; enter a whole number.</source>
        <translation>Le champ « {label} » est vide ; saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>The {label} “{text}” is not a whole number of {minimum} or more.</source>
        <translation>« {text} » n’est pas un nombre entier d’au moins {minimum} pour « {label} ».</translation>
    </message>
    <message>
        <source>The {label} must be at least {minimum}.</source>
        <translation>« {label} » doit être d’au moins {minimum}.</translation>
    </message>
    <message>
        <source>The {label} must be at most {maximum}.</source>
        <translation>« {label} » doit être d’au plus {maximum}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>{what} a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>The {label} is missing; enter an amount such as 12.50.</source>
        <translation>Le champ « {label} » est vide ; saisissez un montant comme 12,50.</translation>
    </message>
    <message>
        <source>The {label} cannot be negative.</source>
        <translation>« {label} » ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a SKU or name and press Enter</source>
        <translation>Scannez un code-barres, ou saisissez une SKU ou un nom et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>{count} products match “{text}”; pick one from the list.</source>
        <translation>{count} produits correspondent à « {text} » ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>No product has the code or name “{text}”.</source>
        <translation>Aucun produit n’a le code ou le nom « {text} ».</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>As the shop ({0})</source>
        <translation>Comme la boutique ({0})</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>Veuillez d&apos;abord sélectionner une commande.</translation>
    </message>
    <message>
        <source>This order is fully paid: there is nothing left to pay.</source>
        <translation>Cette commande est entièrement payée : il ne reste rien à régler.</translation>
    </message>
    <message>
        <source>This order is completed or cancelled, so it can no longer change.</source>
        <translation>Cette commande est terminée ou annulée et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The customer can be told once the order is ready for pickup.</source>
        <translation>Le client pourra être prévenu dès que la commande sera prête à être retirée.</translation>
    </message>
    <message>
        <source>Select a line that still has items not handed over.</source>
        <translation>Sélectionnez une ligne dont des articles n&apos;ont pas encore été remis.</translation>
    </message>
    <message>
        <source>There is nothing in this section to do it for.</source>
        <translation>Il n&apos;y a rien à traiter dans cette section pour le moment.</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>Veuillez d&apos;abord sélectionner un document.</translation>
    </message>
    <message>
        <source>The folder the file was written to no longer exists.</source>
        <translation>Le dossier dans lequel le fichier a été écrit n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Please wait until the current step has finished.</source>
        <translation>Veuillez patienter jusqu&apos;à la fin de l&apos;étape en cours.</translation>
    </message>
    <message>
        <source>No ready order is due for delivery by the chosen day.</source>
        <translation>Aucune commande prête n’est à livrer d’ici le jour choisi.</translation>
    </message>
    <message>
        <source>Only the owner may do this; the owner can allow it for staff in Settings ▸ People.</source>
        <translation>Seul le propriétaire peut le faire ; il peut l’autoriser au personnel dans Paramètres ▸ Personnes.</translation>
    </message>
    <message>
        <source>Only the owner sees costs and margins; the owner can allow it for staff in Settings ▸ People.</source>
        <translation>Seul le propriétaire voit les coûts et les marges ; il peut l’autoriser au personnel dans Paramètres ▸ Personnes.</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Sélectionnez d’abord une personne.</translation>
    </message>
    <message>
        <source>Add the owner first: permissions matter once people sign in.</source>
        <translation>Ajoutez d’abord le propriétaire : les autorisations s’appliquent dès que des personnes se connectent.</translation>
    </message>
    <message>
        <source>This order is below the supplier&apos;s minimum: tick “Send anyway” to send it.</source>
        <translation>Cette commande est inférieure au minimum du fournisseur : cochez « Envoyer quand même » pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Enter your shop&apos;s details</source>
        <translation>Saisissez les coordonnées de votre magasin</translation>
    </message>
    <message>
        <source>Add your suppliers</source>
        <translation>Ajoutez vos fournisseurs</translation>
    </message>
    <message>
        <source>Add products with their supplier offers, or import a price list</source>
        <translation>Ajoutez des articles avec les offres de leurs fournisseurs, ou importez une liste de prix</translation>
    </message>
    <message>
        <source>Take your first customer order</source>
        <translation>Enregistrez votre première commande client</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Set up the shop in these steps; each is ticked off as soon as it is done.</source>
        <translation>Configurez votre magasin en suivant ces étapes ; chacune est cochée dès qu&apos;elle est terminée.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what} : {done} sur {total}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss the result</source>
        <translation>Masquer le résultat</translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Choose which column of the file holds each value. The order number, the quantity and the SKU or item name are needed; jitdesk remembers your choice for files with these columns.</source>
        <translation>Choisissez la colonne du fichier qui contient chaque valeur. Le numéro de commande, la quantité et la référence ou la désignation sont nécessaires ; jitdesk retient votre choix pour les fichiers ayant ces colonnes.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Web orders are being fetched already.</source>
        <translation>Les commandes web sont déjà en cours de récupération.</translation>
    </message>
    <message>
        <source>Fetching web orders from {host}…</source>
        <translation>Récupération des commandes web depuis {host}…</translation>
    </message>
    <message>
        <source>Secret for {shop} at {host}:</source>
        <translation>Secret pour {shop} à {host} :</translation>
    </message>
    <message>
        <source>&amp;Web shop…</source>
        <translation>Boutique en &amp;ligne…</translation>
    </message>
    <message>
        <source>&amp;Fetch web orders now</source>
        <translation>Récupérer les commandes &amp;web maintenant</translation>
    </message>
    <message>
        <source>Not told yet</source>
        <translation>Pas encore prévenu</translation>
    </message>
    <message>
        <source>62 mm continuous roll (one label per bag)</source>
        <translation>Rouleau continu de 62 mm (une étiquette par sac)</translation>
    </message>
    <message>
        <source>4 × 6 in shipping labels</source>
        <translation>Étiquettes d’expédition 4 × 6 po</translation>
    </message>
    <message>
        <source>A4 sheets of 24 labels (3 × 8, 70 × 37 mm)</source>
        <translation>Planches A4 de 24 étiquettes (3 × 8, 70 × 37 mm)</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Format des étiquettes</translation>
    </message>
    <message>
        <source>e.g. A1-A20, B1-B20, Door</source>
        <translation>p. ex. A1-A20, B1-B20, Porte</translation>
    </message>
    <message>
        <source>The shelf names suggested in this order when orders are put away: names and ranges separated by commas. Empty: no suggestion.</source>
        <translation>Les étagères proposées dans cet ordre lorsque les commandes sont rangées : noms et plages séparés par des virgules. Vide : aucune proposition.</translation>
    </message>
    <message>
        <source>How customers are told who did not choose a way of their own</source>
        <translation>Comment sont prévenus les clients qui n’ont pas choisi de moyen</translation>
    </message>
    <message>
        <source>Label si&amp;ze:</source>
        <translation>Format des éti&amp;quettes :</translation>
    </message>
    <message>
        <source>Shelf na&amp;mes:</source>
        <translation>&amp;Étagères proposées :</translation>
    </message>
    <message>
        <source>Tell customers b&amp;y:</source>
        <translation>Mo&amp;yen d’avis par défaut :</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Printed notice</source>
        <translation>Avis imprimé</translation>
    </message>
    <message>
        <source>Tell by e-mail</source>
        <translation>Prévenir par e-mail</translation>
    </message>
    <message>
        <source>Tell by phone</source>
        <translation>Prévenir par téléphone</translation>
    </message>
    <message>
        <source>Tell with a printed notice</source>
        <translation>Prévenir par avis imprimé</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>joint</translation>
    </message>
    <message>
        <source>called, no answer</source>
        <translation>appelé, pas de réponse</translation>
    </message>
    <message>
        <source>called, left a message</source>
        <translation>appelé, message laissé</translation>
    </message>
    <message>
        <source>called, wrong number</source>
        <translation>appelé, mauvais numéro</translation>
    </message>
    <message>
        <source>How to tell the customer</source>
        <translation>Comment prévenir le client</translation>
    </message>
    <message>
        <source>As the shop chose ({channel})</source>
        <translation>Selon le choix de la boutique ({channel})</translation>
    </message>
    <message>
        <source>Delivered: {number}</source>
        <translation>Livrée : {number}</translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>&amp;Livrée</translation>
    </message>
    <message>
        <source>Deliver &amp;to the customer</source>
        <translation>Livrer au clien&amp;t</translation>
    </message>
    <message>
        <source>Deliver the order instead of having the customer collect it</source>
        <translation>Livrer la commande au lieu de la faire retirer par le client</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Rue et numéro
Code postal et ville</translation>
    </message>
    <message>
        <source>Delivery addr&amp;ess:</source>
        <translation>A&amp;dresse de livraison :</translation>
    </message>
    <message>
        <source>Deli&amp;very date:</source>
        <translation>Date de li&amp;vraison :</translation>
    </message>
    <message>
        <source>Extend pickup-by</source>
        <translation>Prolonger le délai de retrait</translation>
    </message>
    <message>
        <source>{number} is kept until {date}. Keep it longer:</source>
        <translation>{number} est gardée jusqu’au {date}. La garder plus longtemps :</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n order(s) longer (the latest is kept until {date}):</source>
        <translation>
            <numerusform>Garder %n commande plus longtemps (elle est gardée jusqu’au {date}) :</numerusform>
            <numerusform>Garder %n commandes plus longtemps (la plus tardive est gardée jusqu’au {date}) :</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days to add to the pickup-by date</source>
        <translation>Jours à ajouter au délai de retrait</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu’au</translation>
    </message>
    <message>
        <source>New pickup-by date</source>
        <translation>Nouvelle date limite de retrait</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Prolonger</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat order(s) created: {numbers}</source>
        <translation>
            <numerusform>%n commande récurrente créée : {numbers}</numerusform>
            <numerusform>%n commandes récurrentes créées : {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mois</numerusform>
            <numerusform>mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat order {number}</source>
        <translation>Répéter la commande {number}</translation>
    </message>
    <message>
        <source>The same items are ordered again for this customer at the interval you choose. Each order gets its own promised date.</source>
        <translation>Les mêmes articles sont commandés à nouveau pour ce client à l&apos;intervalle choisi. Chaque commande reçoit sa propre date promise.</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Répéter tous les</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>&amp;Never (until stopped)</source>
        <translation>&amp;Jamais (jusqu&apos;à l&apos;arrêt)</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Après</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source> orders in all</source>
        <translation> commandes au total</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Nombre de commandes</translation>
    </message>
    <message>
        <source> days before it is due</source>
        <translation> jours avant l&apos;échéance</translation>
    </message>
    <message>
        <source>Create each order</source>
        <translation>Créer chaque commande</translation>
    </message>
    <message>
        <source>Long enough for the supplier to deliver: the order&apos;s own lead time is suggested.</source>
        <translation>Assez tôt pour que le fournisseur livre : le délai de cette commande est proposé.</translation>
    </message>
    <message>
        <source>Repeat &amp;every:</source>
        <translation>Répéter &amp;tous les :</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>&amp;Create each order:</source>
        <translation>&amp;Créer chaque commande :</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>Commandes récurrentes</translation>
    </message>
    <message>
        <source>Part of the repeat of {number} ({interval})</source>
        <translation>Fait partie de la récurrence de {number} ({interval})</translation>
    </message>
    <message>
        <source>Open the order this repeat copies</source>
        <translation>Ouvrir la commande que cette récurrence reprend</translation>
    </message>
    <message>
        <source>A cancelled order cannot repeat.</source>
        <translation>Une commande annulée ne peut pas être répétée.</translation>
    </message>
    <message numerus="yes">
        <source>Repeat stopped ({interval}) · %n order(s) made</source>
        <translation>
            <numerusform>Récurrence arrêtée ({interval}) · %n commande créée</numerusform>
            <numerusform>Récurrence arrêtée ({interval}) · %n commandes créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat finished ({interval}) · %n order(s) made</source>
        <translation>
            <numerusform>Récurrence terminée ({interval}) · %n commande créée</numerusform>
            <numerusform>Récurrence terminée ({interval}) · %n commandes créées</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat paused ({interval}): resume it to order again</source>
        <translation>Récurrence en pause ({interval}) : reprenez-la pour commander à nouveau</translation>
    </message>
    <message>
        <source>Repeats {interval} · next order due {due}, created {created}</source>
        <translation>Récurrence {interval} · prochaine commande due le {due}, créée le {created}</translation>
    </message>
    <message>
        <source>Part of the repeat of {number}</source>
        <translation>Fait partie de la récurrence de {number}</translation>
    </message>
    <message>
        <source>Repeat…</source>
        <translation>Répéter…</translation>
    </message>
    <message>
        <source>Order the same items again every few days, weeks or months</source>
        <translation>Commander à nouveau les mêmes articles tous les quelques jours, semaines ou mois</translation>
    </message>
    <message>
        <source>Pause repeat</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>No more orders until it is resumed</source>
        <translation>Plus de commandes jusqu&apos;à la reprise</translation>
    </message>
    <message>
        <source>Resume repeat</source>
        <translation>Reprendre la récurrence</translation>
    </message>
    <message>
        <source>Order again from the next due date on</source>
        <translation>Commander à nouveau à partir de la prochaine échéance</translation>
    </message>
    <message>
        <source>Stop repeat</source>
        <translation>Arrêter la récurrence</translation>
    </message>
    <message>
        <source>No more orders; the orders already made stay</source>
        <translation>Plus de commandes ; les commandes déjà créées restent</translation>
    </message>
    <message>
        <source>repeat paused</source>
        <translation>récurrence en pause</translation>
    </message>
    <message>
        <source>repeat resumed</source>
        <translation>récurrence reprise</translation>
    </message>
    <message>
        <source>repeat stopped</source>
        <translation>récurrence arrêtée</translation>
    </message>
    <message>
        <source>This order does not repeat.</source>
        <translation>Cette commande n&apos;est pas récurrente.</translation>
    </message>
    <message>
        <source>S&amp;witch person…</source>
        <translation>&amp;Changer de personne…</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Connecté : {name} ({role})</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Who is working at this desk? Choose your name and type your PIN.</source>
        <translation>Qui travaille à ce poste ? Choisissez votre nom et saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN :</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>Nouveau code PIN pour {name}</translation>
    </message>
    <message>
        <source>Add the owner</source>
        <translation>Ajouter le propriétaire</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Confirmer le code PIN</translation>
    </message>
    <message>
        <source>The first person is the shop&apos;s owner.</source>
        <translation>La première personne est le propriétaire de la boutique.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits):</source>
        <translation>Code &amp;PIN (4 à 12 chiffres) :</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>&amp;Confirmer le code PIN :</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Les deux codes PIN diffèrent ; saisissez deux fois le même code PIN.</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>New PIN…</source>
        <translation>Nouveau code PIN…</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>Nommer propriétaire</translation>
    </message>
    <message>
        <source>Staff may also:</source>
        <translation>Le personnel peut aussi :</translation>
    </message>
    <message>
        <source>Each desk signs in as one of these people; the owner decides what staff may do. Changes here are saved at once.</source>
        <translation>Chaque poste se connecte en tant que l’une de ces personnes ; le propriétaire décide de ce que le personnel peut faire. Les modifications ici sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <source>Nobody signs in while the owner works alone. Once a second person is added, jitdesk asks who is working when the shop is opened.</source>
        <translation>Personne ne se connecte tant que le propriétaire travaille seul. Dès qu’une deuxième personne est ajoutée, jitdesk demande qui travaille à l’ouverture de la boutique.</translation>
    </message>
    <message>
        <source>Nobody signs in yet. Add the owner first; once a second person is added, jitdesk asks who is working when the shop is opened.</source>
        <translation>Personne ne se connecte encore. Ajoutez d’abord le propriétaire ; dès qu’une deuxième personne est ajoutée, jitdesk demande qui travaille à l’ouverture de la boutique.</translation>
    </message>
    <message>
        <source>Make staff</source>
        <translation>Passer au personnel</translation>
    </message>
    <message>
        <source>Updated with changes from another desk.</source>
        <translation>Mis à jour avec les modifications d’un autre poste.</translation>
    </message>
    <message>
        <source>Password for the shop&apos;s server</source>
        <translation>Mot de passe du serveur de la boutique</translation>
    </message>
    <message>
        <source>The server {server} refused the password of the user {user}. Type the right one to open the shop {dbname}.</source>
        <translation>Le serveur {server} a refusé le mot de passe de l’utilisateur {user}. Saisissez le bon pour ouvrir la boutique {dbname}.</translation>
    </message>
    <message>
        <source>The server {server} asks for the password of the user {user} to open the shop {dbname}.</source>
        <translation>Le serveur {server} demande le mot de passe de l’utilisateur {user} pour ouvrir la boutique {dbname}.</translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s keyring</source>
        <translation>S’en &amp;souvenir dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Remember it on this computer (in ~/.pgpass)</source>
        <translation>S’en &amp;souvenir sur cet ordinateur (dans ~/.pgpass)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Saisissez d’abord le mot de passe.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing yet</source>
        <translation>Rien pour l’instant</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n page(s)</source>
        <translation>
            <numerusform>{0} · %n page</numerusform>
            <numerusform>{0} · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} could not be opened as a PDF.</source>
        <translation>{0} n’a pas pu être ouvert comme PDF.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Ouvrir dans le lecteur PDF</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>No PDF viewer could be started; the file is {0}.</source>
        <translation>Aucun lecteur PDF n’a pu être lancé ; le fichier est {0}.</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}.</source>
        <translation>Impossible d’enregistrer {0} : {1}.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>0-30 days</source>
        <translation>0 à 30 jours</translation>
    </message>
    <message>
        <source>31-90 days</source>
        <translation>31 à 90 jours</translation>
    </message>
    <message>
        <source>91-180 days</source>
        <translation>91 à 180 jours</translation>
    </message>
    <message>
        <source>over 180 days</source>
        <translation>plus de 180 jours</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>Reçue en partie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Closed short</source>
        <translation>Clôturée partiellement</translation>
    </message>
    <message>
        <source>Waiting to be ordered</source>
        <translation>À commander</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>En commande</translation>
    </message>
</context>
</TS>
