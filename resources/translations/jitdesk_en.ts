<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Your mail program has a message ready for {numbers}. Attach the pickup notice PDF (its folder is open), send the message, then mark the %n order(s) notified.</source>
        <translation>
            <numerusform>Your mail program has a message ready for {numbers}. Attach the pickup notice PDF (its folder is open), send the message, then mark the %n order notified.</numerusform>
            <numerusform>Your mail program has a message ready for {numbers}. Attach the pickup notice PDF (its folder is open), send the message, then mark the %n orders notified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{number}&lt;/b&gt; to &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n line(s), value {value}&lt;br&gt;Expected if sent today: {expected}</source>
        <translation>
            <numerusform>&lt;b&gt;{number}&lt;/b&gt; to &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n line, value {value}&lt;br&gt;Expected if sent today: {expected}</numerusform>
            <numerusform>&lt;b&gt;{number}&lt;/b&gt; to &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n lines, value {value}&lt;br&gt;Expected if sent today: {expected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{number}&lt;/b&gt; to &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n line(s)&lt;br&gt;Expected if sent today: {expected}</source>
        <translation>
            <numerusform>&lt;b&gt;{number}&lt;/b&gt; to &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n line&lt;br&gt;Expected if sent today: {expected}</numerusform>
            <numerusform>&lt;b&gt;{number}&lt;/b&gt; to &lt;b&gt;{supplier}&lt;/b&gt;&lt;br&gt;%n lines&lt;br&gt;Expected if sent today: {expected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready for pickup: %n order(s); double-click or Enter on one to hand it over.</source>
        <translation>
            <numerusform>Ready for pickup: %n order; double-click or Enter on one to hand it over.</numerusform>
            <numerusform>Ready for pickup: %n orders; double-click or Enter on one to hand it over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to hand over match; double-click or Enter on one to open it.</source>
        <translation>
            <numerusform>%n order to hand over matches; double-click or Enter on it to open it.</numerusform>
            <numerusform>%n orders to hand over match; double-click or Enter on one to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ {number} handed over to {customer}: %n unit(s)</source>
        <translation>
            <numerusform>✔ {number} handed over to {customer}: %n unit</numerusform>
            <numerusform>✔ {number} handed over to {customer}: %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be ordered (no supplier offer).</source>
        <translation>
            <numerusform>%n line cannot be ordered (no supplier offer).</numerusform>
            <numerusform>%n lines cannot be ordered (no supplier offer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier order(s)</source>
        <translation>
            <numerusform>%n supplier order</numerusform>
            <numerusform>%n supplier orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) recorded</source>
        <translation>
            <numerusform>%n delivery recorded</numerusform>
            <numerusform>%n deliveries recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) to record</source>
        <translation>
            <numerusform>%n unit to record</numerusform>
            <numerusform>%n units to record</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) went to surplus.</source>
        <translation>
            <numerusform>%n unit went to surplus.</numerusform>
            <numerusform>%n units went to surplus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %n unit(s) of this delivery went</source>
        <translation>
            <numerusform>Where the %n unit of this delivery went</numerusform>
            <numerusform>Where the %n units of this delivery went</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are open again.</source>
        <translation>
            <numerusform>%n order is open again.</numerusform>
            <numerusform>%n orders are open again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pickup notice(s) saved to {path}</source>
        <translation>
            <numerusform>%n pickup notice saved to {path}</numerusform>
            <numerusform>%n pickup notices saved to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pickup notice(s) printed into {file}; those customers count as notified.</source>
        <translation>
            <numerusform>%n pickup notice printed into {file}; that customer counts as notified.</numerusform>
            <numerusform>%n pickup notices printed into {file}; those customers count as notified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) notified.</source>
        <translation>
            <numerusform>%n customer notified.</numerusform>
            <numerusform>%n customers notified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number}: %n unit(s) received, {surplus} to surplus; the order is now {status}.</source>
        <translation>
            <numerusform>{number}: %n unit received, {surplus} to surplus; the order is now {status}.</numerusform>
            <numerusform>{number}: %n units received, {surplus} to surplus; the order is now {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to {0}</source>
        <translation>
            <numerusform>%n row saved to {0}</numerusform>
            <numerusform>%n rows saved to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) to review before they can be ordered.</source>
        <translation>
            <numerusform>%n new item to review before it can be ordered.</numerusform>
            <numerusform>%n new items to review before they can be ordered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to deliver (%n)</source>
        <translation>
            <numerusform>Ready to deliver (%n)</numerusform>
            <numerusform>Ready to deliver (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{orders} need {units} that are not ordered yet.</source>
        <translation>
            <numerusform>{orders} needs {units} that are not ordered yet.</numerusform>
            <numerusform>{orders} need {units} that are not ordered yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer order(s)</source>
        <translation>
            <numerusform>%n customer order</numerusform>
            <numerusform>%n customer orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} · {supplier} · %n line(s) · {value}</source>
        <translation>
            <numerusform>{number} · {supplier} · %n line · {value}</numerusform>
            <numerusform>{number} · {supplier} · %n lines · {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} · {supplier} · %n line(s)</source>
        <translation>
            <numerusform>{number} · {supplier} · %n line</numerusform>
            <numerusform>{number} · {supplier} · %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} · {supplier} · expected {date} · %n day(s) late</source>
        <translation>
            <numerusform>{number} · {supplier} · expected {date} · %n day late</numerusform>
            <numerusform>{number} · {supplier} · expected {date} · %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pickup by {date} (%n day(s) ago) · balance due {balance}</source>
        <translation>
            <numerusform>Pickup by {date} (%n day ago) · balance due {balance}</numerusform>
            <numerusform>Pickup by {date} (%n days ago) · balance due {balance}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pickup notice(s) in {file}; those customers count as notified.</source>
        <translation>
            <numerusform>%n pickup notice in {file}; those customers count as notified.</numerusform>
            <numerusform>%n pickup notices in {file}; those customers count as notified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of {sku}</source>
        <translation>
            <numerusform>%n unit of {sku}</numerusform>
            <numerusform>%n units of {sku}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) waiting</source>
        <translation>
            <numerusform>%n unit waiting</numerusform>
            <numerusform>%n units waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer line(s) wait for it.</source>
        <translation>
            <numerusform>%n customer line waits for it.</numerusform>
            <numerusform>%n customer lines wait for it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On shelf {shelf} · %n bag(s)</source>
        <translation>
            <numerusform>On shelf {shelf} · %n bag</numerusform>
            <numerusform>On shelf {shelf} · %n bags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New orders (the first %n):</source>
        <translation>
            <numerusform>New orders (the first):</numerusform>
            <numerusform>New orders (the first %n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready order(s) to deliver by {day}.</source>
        <translation>
            <numerusform>%n ready order to deliver by {day}.</numerusform>
            <numerusform>%n ready orders to deliver by {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n order(s) longer (the latest is kept until {date}):</source>
        <translation>
            <numerusform>Keep %n order longer (it is kept until {date}):</numerusform>
            <numerusform>Keep %n orders longer (the latest is kept until {date}):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) not collected, near or past the pickup-by date. A reminder keeps the order for the customer for the shop&apos;s hold time from today.</source>
        <translation>
            <numerusform>%n order not collected, near or past the pickup-by date. A reminder keeps the order for the customer for the shop&apos;s hold time from today.</numerusform>
            <numerusform>%n orders not collected, near or past the pickup-by date. A reminder keeps the order for the customer for the shop&apos;s hold time from today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) printed into {file}; they are kept for pickup from today.</source>
        <translation>
            <numerusform>%n reminder printed into {file}; the order is kept for pickup from today.</numerusform>
            <numerusform>%n reminders printed into {file}; they are kept for pickup from today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) e-mailed; they are kept for pickup from today.</source>
        <translation>
            <numerusform>%n reminder e-mailed; the order is kept for pickup from today.</numerusform>
            <numerusform>%n reminders e-mailed; they are kept for pickup from today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat order(s) created: {numbers}</source>
        <translation>
            <numerusform>%n repeat order created: {numbers}</numerusform>
            <numerusform>%n repeat orders created: {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat stopped ({interval}) · %n order(s) made</source>
        <translation>
            <numerusform>Repeat stopped ({interval}) · %n order made</numerusform>
            <numerusform>Repeat stopped ({interval}) · %n orders made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat finished ({interval}) · %n order(s) made</source>
        <translation>
            <numerusform>Repeat finished ({interval}) · %n order made</numerusform>
            <numerusform>Repeat finished ({interval}) · %n orders made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>{0} · %n page(s)</source>
        <translation>
            <numerusform>{0} · %n page</numerusform>
            <numerusform>{0} · %n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
