<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>The backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking today&apos;s backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop was backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the shop {shop} with the backup {backup}? The shop as it is now is saved in its backups folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {0} on {1}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up; open Settings → Email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ready order waits for an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mailing pickup notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mailing {0} ({1} of {2})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your mail program has a message ready for {numbers}. Attach the pickup notice PDF (its folder is open), send the message, then mark the %n order(s) notified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;urplus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier &amp;price list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail ready &amp;pickup notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (SSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the password each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messa&amp;ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for each time mail is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {names}. Write $$ for a dollar sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is not complete. Tick the lines to hand over now; the rest stays on order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment taken now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a handover &amp;receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce line {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {no}: {name}, {qty} ordered, {handed} handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the order will do this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify order export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce order export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jitdesk CSV: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier price list (CSV or Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see what will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map SKU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} files are checked as a whole when you import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (lines {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (line {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of our products is {0} “{1}”? Enter our SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred offer for this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier S&amp;KU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pac&amp;k size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead time override (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every supplier already has an offer for this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier&apos;s: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the shop should remember about this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the order (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} has no supplier offer yet, so it cannot be promised; add one in the catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a product to see the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest promised date of the lines; set by supplier lead times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit is more than the order total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer from the list, or add them with New customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one product: scan it or type its SKU or name above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment for {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due: {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark offers that are not in the list as &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem, line {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack / minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{number}&lt;/b&gt; to &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n line(s), value {value}&lt;br&gt;Expected if sent today: {expected}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print, save or e-mail the order for the supplier, then mark it sent (e-mailing through the mail server marks it sent by itself). Once sent it is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is worth {value}, below {supplier}&apos;s minimum order of {minimum}: hold it until more is needed, or send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway, below the minimum of {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email to supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the order PDF to {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier has no e-mail address; add it in Suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} marked sent; it is locked now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mailing {number} to {supplier}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} e-mailed to {to} and marked sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up (Settings → Email), so your mail program opened with the message. Attach “{file}” from the folder that opened, send it, then press Mark sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jitdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside jitdesk. What you saved before is safe; the last action was not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details were written to {path}. Please send that file to whoever supports you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About jitdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other shops yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About jitdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;jitdesk {version}&lt;/h3&gt;&lt;p&gt;The just-in-time order desk for small shops: customer orders, supplier orders, receiving and pickup, in one shop file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {no}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the quantity was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From surplus on hand (no need to order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken from surplus on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From units already on order (no need to order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already on {number} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot meet the promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised {promised}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be ordered: no supplier offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active supplier offer; add one in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into draft {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{supplier} — {target} · expected {date} · order value {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the minimum of {minimum} (order value {value}): hold the draft or send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another supplier for this product (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}; late: expected {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{extra} more than outstanding: they will go to surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop SKU / barcode: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · below minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth {value}, below the supplier minimum of {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs × pack = units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} spare (surplus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{units} (pack of {pack})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by SKU, name or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product {sku} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customer (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an order (or press Enter) to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was moved or deleted since it was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the documents of number… (e.g. C-2026-0042)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the documents of number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the newest {count} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {missing} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing: it was moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;duce line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take pa&amp;yment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email pic&amp;kup notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail the pickup notice of this ready order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its lines and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered {date} · promised {promised}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {total} · paid {paid} · &lt;b&gt;balance {balance}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the line to reduce first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order confirmation {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mailing the pickup notice of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickup notice e-mailed to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail pickup notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {no} reduced to {qty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by number, customer, phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show orders with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders of customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} logged; promised for {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was already handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code on the customer&apos;s pickup notice, or type the order &amp;number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over what is in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready for pickup: %n order(s); double-click or Enter on one to hand it over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No order is ready for pickup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code on the pickup notice or type the order number, such as C-2026-0042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not ready yet: {n} of {total} items are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ {number} handed over to {customer}: %n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, {amount} paid by {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the order is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the rest of the order stays on order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier for this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the suppliers chosen by hand and plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan again from the shop as it is now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or grow the draft supplier orders shown here (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan by supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier for the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order from &amp;supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to order: every customer line is in the shop or on order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be ordered (no supplier offer).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{orders} ({new} new), {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n supplier order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; {n} from surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} from units already on order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} below the supplier minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line to see how its quantity was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {customers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({cost}, pack {pack}, min {min})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing another supplier plans this product again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this supplier sells it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for pickup now: {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAN/UPC, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (can be ordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the product (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the product first, then add its supplier offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier offers yet: add one so the product can be ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost history of the offer by {supplier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} (supplier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units received now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type its number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected supplier orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan &amp;product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode, shop SKU or supplier SKU, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the supplier order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the units in “Receive now” (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the units went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the delivered units went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print pickup notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail pickup notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail the pickup notice to each customer now ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier order is expected: send one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} expected, {late} late (listed first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supplier order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an expected order on the left, or scan the number on its delivery note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} delivery(ies) recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing more can be received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) to record</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No line of {number} has code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku}: {n} of {due} outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery for {number} recorded: {units}, {ready} now ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>• {sku} {description}: {extra} more than outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than was ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery has more than is outstanding:
{lines}

The extra units go to surplus. Record it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Where the %n unit(s) of this delivery went</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo last delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last delivery recorded for {number}, as if it had never been entered? Orders it made ready become open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last delivery for {number} was undone; it is {status} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are open again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last delivery for {number} undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pickup notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pickup notice(s) saved to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail pickup notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) notified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number}: %n unit(s) received, {surplus} to surplus; the order is now {status}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{n} to {number} ({customer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} to surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} {name} ({n} received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order became ready with this delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash and waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash and waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p10-p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders whose margin fell below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demand spikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand spikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer waiting (days), orders placed in the last {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready by promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders at &amp;risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders at risk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {0} of {1}; “Save as CSV…” writes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print / preview monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing “{0}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be computed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed to suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due on ready orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margins ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.1f} days to ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders at &amp;risk ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon–Fri 9:00–18:00
Sat 9:00–13:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a “documents” folder next to the shop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency (3 letters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locale (money and dates):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deposit (% of the order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pic&amp;kup hold (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety &amp;buffer (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer on every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on supplier orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on pickup notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on order confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer (every document):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier order note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup notice note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money, orders and pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shop logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB; choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for generated documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickup hold time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate “{text}” is not a percentage; write it like 20 or 7.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning may order from active suppliers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unt number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead time (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum order value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the supplier (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;quantity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve to supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes printed on the order for the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close s&amp;hort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive &amp;delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier order selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order in the list to see its lines and customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status} · Expected: {expected} · Value: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (supplier minimum {minimum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the minimum of {minimum}: hold the draft or send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: it was expected on {date}. The customers below are still waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on {date}: the supplier has this order, so its lines and notes can no longer be changed. Cancel it or close it short instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is {status}; nothing about it can be changed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} is for: {customers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} × {sku} for {number} ({customer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These customers go back to waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of {sku} (customers need {covered}; pack of {pack}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} for {number} ({customer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {n} × {sku} from {number}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other supplier has an active offer for {sku}; add one in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {sku} from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of {number} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {number} ({supplier})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the supplier too: it was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel supplier order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {number} short? The rest will never come; what was received stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (draft, sent, partly received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by number or supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search supplier orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show supplier orders with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show orders of supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, contact, email, phone or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier {name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} {name}: {quantity} {unit} surplus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. damaged, sold over the counter, returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use surplus for an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quantity} {unit} of {sku} {name} are surplus. Orders waiting for it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders waiting for the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open order is waiting for this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use for an order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{products}, {units} of surplus worth {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No surplus on hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is now ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus allocated to order {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders waiting to be ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft supplier orders to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late supplier orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries expected today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready, customer not told yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready but not collected past the pickup-by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins under pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{orders} need {units} that are not ordered yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} · {supplier} · %n line(s) · {value}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Below the supplier&apos;s minimum order of {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{number} · {supplier} · expected {date} · %n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keeps {orders} waiting for {units}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · {supplier} · {lines}, {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;pickup notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready since {date} · balance due {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pickup by {date} (%n day(s) ago) · balance due {balance}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{units} of {products}, worth {value} at cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All in &amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · {customer}
Quoted {quoted} · cost now {cost} · margin {rate} · deposit held {deposit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pickup notice(s) in {file}; those customers count as notified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>jitdesk shops (*.jitdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo shop is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name printed on your documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the shop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the shop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to jitdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jitdesk keeps your shop — customers, orders, suppliers — in one shop file on this computer. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample shop with suppliers, products and orders to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shop file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with a shop file you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty: give your shop a name and currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer who is not in the list yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “{text}”; use New customer to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} is missing; enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} “{text}” is not a whole number of {minimum} or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} must be at least {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} must be at most {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} is missing; enter an amount such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a barcode, or type a SKU or name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} products match “{text}”; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the code or name “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} could not be opened as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF viewer could be started; the file is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
