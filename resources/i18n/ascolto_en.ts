<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AbsenceRepository</name>
    <message>
        <source>Reading the operators</source>
        <translation>Reading the operators</translation>
    </message>
    <message>
        <source>Choose active operators of the client.</source>
        <translation>Choose active operators of the client.</translation>
    </message>
    <message>
        <source>record absences</source>
        <translation>record absences</translation>
    </message>
    <message>
        <source>The backup must work for the same client as %1.</source>
        <translation>The backup must work for the same client as %1.</translation>
    </message>
    <message>
        <source>Choose a colleague as the backup, not %1.</source>
        <translation>Choose a colleague as the backup, not %1.</translation>
    </message>
    <message>
        <source>The absence needs a first and a last day, the last not before the first.</source>
        <translation>The absence needs a first and a last day, the last not before the first.</translation>
    </message>
    <message>
        <source>The absence is already over.</source>
        <translation>The absence is already over.</translation>
    </message>
    <message>
        <source>Reading the absences</source>
        <translation>Reading the absences</translation>
    </message>
    <message>
        <source>%1 is already away from %2 to %3, covered by %4.</source>
        <translation>%1 is already away from %2 to %3, covered by %4.</translation>
    </message>
    <message>
        <source>Saving the absence</source>
        <translation>Saving the absence</translation>
    </message>
    <message>
        <source>There is no such absence.</source>
        <translation>There is no such absence.</translation>
    </message>
    <message>
        <source>This absence was already ended.</source>
        <translation>This absence was already ended.</translation>
    </message>
    <message>
        <source>Ending the absence</source>
        <translation>Ending the absence</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <source>not overdue</source>
        <translation>not overdue</translation>
    </message>
</context>
<context>
    <name>AssignmentRepository</name>
    <message numerus="yes">
        <source>%n debtor(s) assigned</source>
        <translation>
            <numerusform>%n debtor assigned</numerusform>
            <numerusform>%n debtors assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) wait for an interlocutor: the client has no active operator</source>
        <translation>
            <numerusform>%n debtor waits for an interlocutor: the client has no active operator</numerusform>
            <numerusform>%n debtors wait for an interlocutor: the client has no active operator</numerusform>
        </translation>
    </message>
    <message>
        <source>assign debtors to operators</source>
        <translation>assign debtors to operators</translation>
    </message>
    <message>
        <source>Assigning a debtor</source>
        <translation>Assigning a debtor</translation>
    </message>
    <message>
        <source>Recording the interlocutor</source>
        <translation>Recording the interlocutor</translation>
    </message>
    <message>
        <source>Updating the portfolio row</source>
        <translation>Updating the portfolio row</translation>
    </message>
</context>
<context>
    <name>AssignmentRule</name>
    <message>
        <source>Balanced by number of debtors</source>
        <translation>Balanced by number of debtors</translation>
    </message>
    <message>
        <source>Balanced by amount outstanding</source>
        <translation>Balanced by amount outstanding</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>By province</translation>
    </message>
</context>
<context>
    <name>BundleEnvelope</name>
    <message>
        <source>it is not signed (a bundle of an older Ascolto, or made by hand): update the sending workstation and export a new bundle there</source>
        <translation>it is not signed (a bundle of an older Ascolto, or made by hand): update the sending workstation and export a new bundle there</translation>
    </message>
    <message>
        <source>it is not an Ascolto sync bundle</source>
        <translation>it is not an Ascolto sync bundle</translation>
    </message>
    <message>
        <source>the file is damaged or truncated</source>
        <translation>the file is damaged or truncated</translation>
    </message>
    <message>
        <source>its header is incomplete</source>
        <translation>its header is incomplete</translation>
    </message>
    <message>
        <source>the keys to sign and encrypt it are missing</source>
        <translation>the keys to sign and encrypt it are missing</translation>
    </message>
    <message>
        <source>the recipient&apos;s key is not a valid key</source>
        <translation>the recipient&apos;s key is not a valid key</translation>
    </message>
    <message>
        <source>it cannot be written: %1</source>
        <translation>it cannot be written: %1</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>it cannot be opened</translation>
    </message>
    <message>
        <source>the sender&apos;s key is missing</source>
        <translation>the sender&apos;s key is missing</translation>
    </message>
    <message>
        <source>its signature does not hold: it was altered, truncated or signed by another key</source>
        <translation>its signature does not hold: it was altered, truncated or signed by another key</translation>
    </message>
    <message>
        <source>this store&apos;s key is missing</source>
        <translation>this store&apos;s key is missing</translation>
    </message>
    <message>
        <source>this store&apos;s key is not a valid key</source>
        <translation>this store&apos;s key is not a valid key</translation>
    </message>
    <message>
        <source>it cannot be decrypted with this store&apos;s key: it was made for another device</source>
        <translation>it cannot be decrypted with this store&apos;s key: it was made for another device</translation>
    </message>
</context>
<context>
    <name>CallCatalog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: a client&apos;s file is named calls_it.json, calls_en.json, education_it.json or education_en.json</source>
        <translation>%1: a client&apos;s file is named calls_it.json, calls_en.json, education_it.json or education_en.json</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>CallListQuery</name>
    <message>
        <source>Reading the calls: %1</source>
        <translation>Reading the calls: %1</translation>
    </message>
    <message>
        <source>Reading the calls</source>
        <translation>Reading the calls</translation>
    </message>
    <message>
        <source>Counting the calls: %1</source>
        <translation>Counting the calls: %1</translation>
    </message>
    <message>
        <source>Counting the calls</source>
        <translation>Counting the calls</translation>
    </message>
</context>
<context>
    <name>CallRepository</name>
    <message>
        <source>Saving the call draft</source>
        <translation>Saving the call draft</translation>
    </message>
    <message>
        <source>Reading the call drafts</source>
        <translation>Reading the call drafts</translation>
    </message>
    <message>
        <source>Discarding the call draft</source>
        <translation>Discarding the call draft</translation>
    </message>
    <message>
        <source>Reading the balance</source>
        <translation>Reading the balance</translation>
    </message>
    <message>
        <source>Checking the number called</source>
        <translation>Checking the number called</translation>
    </message>
    <message>
        <source>The number called does not belong to this debtor.</source>
        <translation>The number called does not belong to this debtor.</translation>
    </message>
    <message>
        <source>Saving the call</source>
        <translation>Saving the call</translation>
    </message>
    <message>
        <source>Saving the promise to pay</source>
        <translation>Saving the promise to pay</translation>
    </message>
    <message>
        <source>Scheduling the next step</source>
        <translation>Scheduling the next step</translation>
    </message>
    <message>
        <source>Saving the satisfaction survey</source>
        <translation>Saving the satisfaction survey</translation>
    </message>
    <message>
        <source>Recording the opt-out</source>
        <translation>Recording the opt-out</translation>
    </message>
    <message>
        <source>Marking the wrong number</source>
        <translation>Marking the wrong number</translation>
    </message>
    <message>
        <source>Recording the vulnerability</source>
        <translation>Recording the vulnerability</translation>
    </message>
    <message>
        <source>Removing the call draft</source>
        <translation>Removing the call draft</translation>
    </message>
    <message>
        <source>Closing the task the call served</source>
        <translation>Closing the task the call served</translation>
    </message>
</context>
<context>
    <name>CallState</name>
    <message>
        <source>The saved call cannot be read.</source>
        <translation>The saved call cannot be read.</translation>
    </message>
    <message>
        <source>Contact rules: say why the call goes ahead anyway (%1).</source>
        <translation>Contact rules: say why the call goes ahead anyway (%1).</translation>
    </message>
    <message>
        <source>Outcome: choose how the call ended.</source>
        <translation>Outcome: choose how the call ended.</translation>
    </message>
    <message>
        <source>Outcome: someone else answered; record a third-party contact, a message left without debt details or a callback.</source>
        <translation>Outcome: someone else answered; record a third-party contact, a message left without debt details or a callback.</translation>
    </message>
    <message>
        <source>Promise to pay: only the debtor can promise; someone else answered.</source>
        <translation>Promise to pay: only the debtor can promise; someone else answered.</translation>
    </message>
    <message>
        <source>Satisfaction: ask the debtor, not a third party.</source>
        <translation>Satisfaction: ask the debtor, not a third party.</translation>
    </message>
    <message>
        <source>Identity: confirm you are speaking with the debtor before recording &quot;%1&quot;.</source>
        <translation>Identity: confirm you are speaking with the debtor before recording &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>promise to pay</source>
        <translation>promise to pay</translation>
    </message>
    <message>
        <source>this outcome</source>
        <translation>this outcome</translation>
    </message>
    <message>
        <source>Third party: say who answered (family, workplace, other).</source>
        <translation>Third party: say who answered (family, workplace, other).</translation>
    </message>
    <message>
        <source>Promise to pay: enter the amount and the date.</source>
        <translation>Promise to pay: enter the amount and the date.</translation>
    </message>
    <message>
        <source>Promise to pay: the amount must be more than zero.</source>
        <translation>Promise to pay: the amount must be more than zero.</translation>
    </message>
    <message>
        <source>Promise to pay: %1 is more than the balance of %2.</source>
        <translation>Promise to pay: %1 is more than the balance of %2.</translation>
    </message>
    <message>
        <source>Promise to pay: enter the date.</source>
        <translation>Promise to pay: enter the date.</translation>
    </message>
    <message>
        <source>Promise to pay: the date is in the past.</source>
        <translation>Promise to pay: the date is in the past.</translation>
    </message>
    <message numerus="yes">
        <source>Promise to pay: more than %n day(s) away; propose a plan instead.</source>
        <translation>
            <numerusform>Promise to pay: more than %n day away; propose a plan instead.</numerusform>
            <numerusform>Promise to pay: more than %n days away; propose a plan instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Promise to pay: %1 is not a business day; the first one after is %2.</source>
        <translation>Promise to pay: %1 is not a business day; the first one after is %2.</translation>
    </message>
    <message>
        <source>Next step: enter when.</source>
        <translation>Next step: enter when.</translation>
    </message>
    <message>
        <source>Next step: the callback time is in the past.</source>
        <translation>Next step: the callback time is in the past.</translation>
    </message>
    <message>
        <source>Next step: the reminder date is in the past.</source>
        <translation>Next step: the reminder date is in the past.</translation>
    </message>
    <message>
        <source>Next step: the debtor asked for a callback; enter when.</source>
        <translation>Next step: the debtor asked for a callback; enter when.</translation>
    </message>
    <message>
        <source>Opt-out: choose the number the debtor does not want to be called on.</source>
        <translation>Opt-out: choose the number the debtor does not want to be called on.</translation>
    </message>
    <message>
        <source>Vulnerability: record it only with the debtor&apos;s explicit consent.</source>
        <translation>Vulnerability: record it only with the debtor&apos;s explicit consent.</translation>
    </message>
    <message>
        <source>Satisfaction: a score is out of range.</source>
        <translation>Satisfaction: a score is out of range.</translation>
    </message>
</context>
<context>
    <name>ClientConfig</name>
    <message>
        <source>The client needs a short code (e.g. ACQUA-NORD).</source>
        <translation>The client needs a short code (e.g. ACQUA-NORD).</translation>
    </message>
    <message>
        <source>The code is 2 to 20 letters, digits, &apos;-&apos; or &apos;_&apos; (it names folders and files).</source>
        <translation>The code is 2 to 20 letters, digits, &apos;-&apos; or &apos;_&apos; (it names folders and files).</translation>
    </message>
    <message>
        <source>The client needs a name.</source>
        <translation>The client needs a name.</translation>
    </message>
    <message>
        <source>The PagoPA creditor code is the creditor&apos;s 11-digit fiscal code.</source>
        <translation>The PagoPA creditor code is the creditor&apos;s 11-digit fiscal code.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Not an e-mail address.</translation>
    </message>
    <message>
        <source>Between 1 and 120 installments.</source>
        <translation>Between 1 and 120 installments.</translation>
    </message>
    <message>
        <source>The smallest installment cannot be negative.</source>
        <translation>The smallest installment cannot be negative.</translation>
    </message>
    <message>
        <source>A plan lasts between 1 and 120 months.</source>
        <translation>A plan lasts between 1 and 120 months.</translation>
    </message>
    <message>
        <source>A discount is between 0% and 100%.</source>
        <translation>A discount is between 0% and 100%.</translation>
    </message>
    <message>
        <source>An operator cannot grant more discount than the team lead (%1%).</source>
        <translation>An operator cannot grant more discount than the team lead (%1%).</translation>
    </message>
    <message>
        <source>The protected minimum cannot be negative.</source>
        <translation>The protected minimum cannot be negative.</translation>
    </message>
    <message>
        <source>Caring calls start 0 to 60 days before the due date.</source>
        <translation>Caring calls start 0 to 60 days before the due date.</translation>
    </message>
    <message>
        <source>Formal notice comes 1 to 365 days after the due date.</source>
        <translation>Formal notice comes 1 to 365 days after the due date.</translation>
    </message>
    <message>
        <source>Between 1 and 12 missed installments.</source>
        <translation>Between 1 and 12 missed installments.</translation>
    </message>
    <message>
        <source>Between 1 and 365 days late.</source>
        <translation>Between 1 and 365 days late.</translation>
    </message>
    <message>
        <source>Between 1 and 5 conversations a day.</source>
        <translation>Between 1 and 5 conversations a day.</translation>
    </message>
    <message>
        <source>Type times as 08:30.</source>
        <translation>Type times as 08:30.</translation>
    </message>
    <message>
        <source>The window ends (%1) before it starts (%2).</source>
        <translation>The window ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>The escalation ladder needs at least one step.</source>
        <translation>The escalation ladder needs at least one step.</translation>
    </message>
    <message>
        <source>Step %1: &quot;%2&quot; is not a stage of the ladder.</source>
        <translation>Step %1: &quot;%2&quot; is not a stage of the ladder.</translation>
    </message>
    <message>
        <source>Step %1: %2 appears twice.</source>
        <translation>Step %1: %2 appears twice.</translation>
    </message>
    <message>
        <source>Step %1: a step starts at least 1 day after the due date.</source>
        <translation>Step %1: a step starts at least 1 day after the due date.</translation>
    </message>
    <message>
        <source>Step %1 (%2) starts on day %3, not after the previous step (day %4): the days must increase.</source>
        <translation>Step %1 (%2) starts on day %3, not after the previous step (day %4): the days must increase.</translation>
    </message>
    <message>
        <source>Formal notice on day %1 comes before the %2 days the mandate allows.</source>
        <translation>Formal notice on day %1 comes before the %2 days the mandate allows.</translation>
    </message>
    <message>
        <source>Accept at least one payment channel.</source>
        <translation>Accept at least one payment channel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment channel.</source>
        <translation>&quot;%1&quot; is not a payment channel.</translation>
    </message>
    <message>
        <source>Give at least one operator a list of provinces.</source>
        <translation>Give at least one operator a list of provinces.</translation>
    </message>
    <message>
        <source>%1 is not an operator of this client.</source>
        <translation>%1 is not an operator of this client.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province code (MI, RM...).</source>
        <translation>&quot;%1&quot; is not a province code (MI, RM...).</translation>
    </message>
    <message>
        <source>%1 is in the lists of both %2 and %3.</source>
        <translation>%1 is in the lists of both %2 and %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client setting (settings: %2).</source>
        <translation>&quot;%1&quot; is not a client setting (settings: %2).</translation>
    </message>
    <message>
        <source>%1: a text is expected.</source>
        <translation>%1: a text is expected.</translation>
    </message>
    <message>
        <source>%1: a whole number is expected.</source>
        <translation>%1: a whole number is expected.</translation>
    </message>
    <message>
        <source>%1: a percentage such as 12.5 is expected.</source>
        <translation>%1: a percentage such as 12.5 is expected.</translation>
    </message>
    <message>
        <source>contact_windows.%1: two times such as [&quot;08:30&quot;, &quot;21:00&quot;] are expected.</source>
        <translation>contact_windows.%1: two times such as [&quot;08:30&quot;, &quot;21:00&quot;] are expected.</translation>
    </message>
    <message>
        <source>escalation_ladder: each step is {&quot;stage&quot;: ..., &quot;days&quot;: N}.</source>
        <translation>escalation_ladder: each step is {&quot;stage&quot;: ..., &quot;days&quot;: N}.</translation>
    </message>
    <message>
        <source>assignment.kind: &quot;%1&quot; is not balanced_count, balanced_amount or provinces.</source>
        <translation>assignment.kind: &quot;%1&quot; is not balanced_count, balanced_amount or provinces.</translation>
    </message>
    <message>
        <source>The window locks after 1 to 120 idle minutes.</source>
        <translation>The window locks after 1 to 120 idle minutes.</translation>
    </message>
    <message>
        <source>Data is kept 0 to 120 months after the mandate ends.</source>
        <translation>Data is kept 0 to 120 months after the mandate ends.</translation>
    </message>
    <message>
        <source>mandate_ended_on: a date such as &quot;2026-06-30&quot; or null is expected.</source>
        <translation>mandate_ended_on: a date such as &quot;2026-06-30&quot; or null is expected.</translation>
    </message>
    <message>
        <source>The monthly fee cannot be negative.</source>
        <translation>The monthly fee cannot be negative.</translation>
    </message>
    <message>
        <source>The success fee is 0 to 100% of what is collected.</source>
        <translation>The success fee is 0 to 100% of what is collected.</translation>
    </message>
    <message>
        <source>Reports are written in Italian (it) or English (en).</source>
        <translation>Reports are written in Italian (it) or English (en).</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>A client with code %1 already exists.</source>
        <translation>A client with code %1 already exists.</translation>
    </message>
    <message>
        <source>Unknown client.</source>
        <translation>Unknown client.</translation>
    </message>
    <message>
        <source>There is no client with code %1.</source>
        <translation>There is no client with code %1.</translation>
    </message>
    <message>
        <source>set up clients</source>
        <translation>set up clients</translation>
    </message>
</context>
<context>
    <name>CodeText</name>
    <message>
        <source>PagoPA</source>
        <translation>PagoPA</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>postal slip</source>
        <translation>postal slip</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>direct debit</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>outgoing call</source>
        <translation>outgoing call</translation>
    </message>
    <message>
        <source>incoming call</source>
        <translation>incoming call</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>caring (before the due date)</source>
        <translation>caring (before the due date)</translation>
    </message>
    <message>
        <source>first reminder</source>
        <translation>first reminder</translation>
    </message>
    <message>
        <source>follow-up reminder</source>
        <translation>follow-up reminder</translation>
    </message>
    <message>
        <source>negotiation</source>
        <translation>negotiation</translation>
    </message>
    <message>
        <source>installment reminder</source>
        <translation>installment reminder</translation>
    </message>
    <message>
        <source>broken promise</source>
        <translation>broken promise</translation>
    </message>
    <message>
        <source>close-the-loop</source>
        <translation>close-the-loop</translation>
    </message>
    <message>
        <source>inbound call</source>
        <translation>inbound call</translation>
    </message>
    <message>
        <source>payment education</source>
        <translation>payment education</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>bill not received</source>
        <translation>bill not received</translation>
    </message>
    <message>
        <source>forgot the due date</source>
        <translation>forgot the due date</translation>
    </message>
    <message>
        <source>temporary lack of money</source>
        <translation>temporary lack of money</translation>
    </message>
    <message>
        <source>job loss</source>
        <translation>job loss</translation>
    </message>
    <message>
        <source>illness</source>
        <translation>illness</translation>
    </message>
    <message>
        <source>dispute about the service or the bill</source>
        <translation>dispute about the service or the bill</translation>
    </message>
    <message>
        <source>contested meter reading</source>
        <translation>contested meter reading</translation>
    </message>
    <message>
        <source>already paid</source>
        <translation>already paid</translation>
    </message>
    <message>
        <source>refuses</source>
        <translation>refuses</translation>
    </message>
    <message>
        <source>billing error</source>
        <translation>billing error</translation>
    </message>
    <message>
        <source>meter reading</source>
        <translation>meter reading</translation>
    </message>
    <message>
        <source>service outage</source>
        <translation>service outage</translation>
    </message>
    <message>
        <source>customer service</source>
        <translation>customer service</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>renegotiated</source>
        <translation>renegotiated</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>forwarded to the client</source>
        <translation>forwarded to the client</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>debtor</source>
        <translation>debtor</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>workplace</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>third party</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>consent given</translation>
    </message>
    <message>
        <source>consent refused</source>
        <translation>consent refused</translation>
    </message>
    <message>
        <source>consent not asked</source>
        <translation>consent not asked</translation>
    </message>
    <message>
        <source>over 75</source>
        <translation>over 75</translation>
    </message>
    <message>
        <source>social bonus</source>
        <translation>social bonus</translation>
    </message>
    <message>
        <source>life-support equipment</source>
        <translation>life-support equipment</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>disability</translation>
    </message>
    <message>
        <source>disclosed hardship</source>
        <translation>disclosed hardship</translation>
    </message>
    <message>
        <source>plan active</source>
        <translation>plan active</translation>
    </message>
    <message>
        <source>plan awaiting approval</source>
        <translation>plan awaiting approval</translation>
    </message>
    <message>
        <source>plan broken</source>
        <translation>plan broken</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>promise</translation>
    </message>
    <message>
        <source>promise due today</source>
        <translation>promise due today</translation>
    </message>
    <message>
        <source>promise broken</source>
        <translation>promise broken</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>wrong number</translation>
    </message>
    <message>
        <source>message left</source>
        <translation>message left</translation>
    </message>
    <message>
        <source>promise to pay</source>
        <translation>promise to pay</translation>
    </message>
    <message>
        <source>plan requested</source>
        <translation>plan requested</translation>
    </message>
    <message>
        <source>paid during the call</source>
        <translation>paid during the call</translation>
    </message>
    <message>
        <source>dispute raised</source>
        <translation>dispute raised</translation>
    </message>
    <message>
        <source>callback requested</source>
        <translation>callback requested</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>message sent</source>
        <translation>message sent</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>angry</translation>
    </message>
    <message>
        <source>worried</source>
        <translation>worried</translation>
    </message>
    <message>
        <source>in difficulty</source>
        <translation>in difficulty</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>confused</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>calm</translation>
    </message>
    <message>
        <source>evasive</source>
        <translation>evasive</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>callback</translation>
    </message>
    <message>
        <source>caring call</source>
        <translation>caring call</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>reminder</translation>
    </message>
    <message>
        <source>installment</source>
        <translation>installment</translation>
    </message>
    <message>
        <source>promise due</source>
        <translation>promise due</translation>
    </message>
    <message>
        <source>close-the-loop call</source>
        <translation>close-the-loop call</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approval</translation>
    </message>
    <message>
        <source>formal notice</source>
        <translation>formal notice</translation>
    </message>
    <message>
        <source>vulnerable</source>
        <translation>vulnerable</translation>
    </message>
    <message>
        <source>dispute/hold</source>
        <translation>dispute/hold</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>do not contact</translation>
    </message>
    <message>
        <source>prescribed bills</source>
        <translation>prescribed bills</translation>
    </message>
    <message>
        <source>unverified contacts only</source>
        <translation>unverified contacts only</translation>
    </message>
    <message>
        <source>callback the debtor asked for</source>
        <translation>callback the debtor asked for</translation>
    </message>
    <message>
        <source>first assignment</source>
        <translation>first assignment</translation>
    </message>
    <message>
        <source>portfolio assignment</source>
        <translation>portfolio assignment</translation>
    </message>
    <message>
        <source>the client&apos;s rule: %1</source>
        <translation>the client&apos;s rule: %1</translation>
    </message>
    <message>
        <source>recorded by an operator</source>
        <translation>recorded by an operator</translation>
    </message>
    <message>
        <source>imported from a file</source>
        <translation>imported from a file</translation>
    </message>
    <message>
        <source>from another office</source>
        <translation>from another office</translation>
    </message>
    <message>
        <source>repayment plan</source>
        <translation>repayment plan</translation>
    </message>
    <message>
        <source>settlement, single payment</source>
        <translation>settlement, single payment</translation>
    </message>
    <message>
        <source>settlement in installments</source>
        <translation>settlement in installments</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>every two weeks</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>activated</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>password reset</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>password changed</translation>
    </message>
    <message>
        <source>interlocutor assigned</source>
        <translation>interlocutor assigned</translation>
    </message>
    <message>
        <source>debtors assigned by the rule</source>
        <translation>debtors assigned by the rule</translation>
    </message>
    <message>
        <source>file imported</source>
        <translation>file imported</translation>
    </message>
    <message>
        <source>data exported</source>
        <translation>data exported</translation>
    </message>
    <message>
        <source>contact refused</source>
        <translation>contact refused</translation>
    </message>
    <message>
        <source>vulnerability recorded</source>
        <translation>vulnerability recorded</translation>
    </message>
    <message>
        <source>contact rule overridden</source>
        <translation>contact rule overridden</translation>
    </message>
    <message>
        <source>bill receipt confirmed</source>
        <translation>bill receipt confirmed</translation>
    </message>
    <message>
        <source>sync conflicts reviewed</source>
        <translation>sync conflicts reviewed</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>failed login</translation>
    </message>
    <message>
        <source>audit log verified</source>
        <translation>audit log verified</translation>
    </message>
    <message>
        <source>register of operations exported</source>
        <translation>register of operations exported</translation>
    </message>
    <message>
        <source>demo portfolio built</source>
        <translation>demo portfolio built</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>call or message</source>
        <translation>call or message</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>bill</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>store</source>
        <translation>store</translation>
    </message>
    <message>
        <source>sync conflicts</source>
        <translation>sync conflicts</translation>
    </message>
    <message>
        <source>Listened without interrupting</source>
        <translation>Listened without interrupting</translation>
    </message>
    <message>
        <source>Acknowledged the emotion</source>
        <translation>Acknowledged the emotion</translation>
    </message>
    <message>
        <source>Asked the reason for non-payment</source>
        <translation>Asked the reason for non-payment</translation>
    </message>
    <message>
        <source>Explained the situation clearly</source>
        <translation>Explained the situation clearly</translation>
    </message>
    <message>
        <source>Offered a solution</source>
        <translation>Offered a solution</translation>
    </message>
    <message>
        <source>Agreed the next step</source>
        <translation>Agreed the next step</translation>
    </message>
    <message>
        <source>scorecard</source>
        <translation>scorecard</translation>
    </message>
    <message>
        <source>call evaluation</source>
        <translation>call evaluation</translation>
    </message>
    <message>
        <source>plan approved</source>
        <translation>plan approved</translation>
    </message>
    <message>
        <source>plan rejected</source>
        <translation>plan rejected</translation>
    </message>
    <message>
        <source>plan amended and approved</source>
        <translation>plan amended and approved</translation>
    </message>
    <message>
        <source>broken plan reviewed</source>
        <translation>broken plan reviewed</translation>
    </message>
    <message>
        <source>absence and backup</source>
        <translation>absence and backup</translation>
    </message>
</context>
<context>
    <name>CodiceFiscale</name>
    <message>
        <source>the codice fiscale is empty</source>
        <translation>the codice fiscale is empty</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot; has %2 characters instead of 16</source>
        <translation>codice fiscale &quot;%1&quot; has %2 characters instead of 16</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot; contains the invalid character &apos;%2&apos;</source>
        <translation>codice fiscale &quot;%1&quot; contains the invalid character &apos;%2&apos;</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot;: the first six characters must be letters</source>
        <translation>codice fiscale &quot;%1&quot;: the first six characters must be letters</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot; does not have the layout of a codice fiscale</source>
        <translation>codice fiscale &quot;%1&quot; does not have the layout of a codice fiscale</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot;: &apos;%2&apos; at position %3 is neither a digit nor an omocodia letter</source>
        <translation>codice fiscale &quot;%1&quot;: &apos;%2&apos; at position %3 is neither a digit nor an omocodia letter</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot;: wrong check character (expected %2)</source>
        <translation>codice fiscale &quot;%1&quot;: wrong check character (expected %2)</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot;: &apos;%2&apos; is not a month letter</source>
        <translation>codice fiscale &quot;%1&quot;: &apos;%2&apos; is not a month letter</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot;: the birth day %2 does not exist in that month</source>
        <translation>codice fiscale &quot;%1&quot;: the birth day %2 does not exist in that month</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>reviewing sync conflicts</source>
        <translation>reviewing sync conflicts</translation>
    </message>
    <message>
        <source>Reading the sync conflicts</source>
        <translation>Reading the sync conflicts</translation>
    </message>
    <message>
        <source>Counting the sync conflicts</source>
        <translation>Counting the sync conflicts</translation>
    </message>
    <message>
        <source>Marking the conflict reviewed</source>
        <translation>Marking the conflict reviewed</translation>
    </message>
    <message>
        <source>The conflict %1 is already reviewed or is not one of your client&apos;s.</source>
        <translation>The conflict %1 is already reviewed or is not one of your client&apos;s.</translation>
    </message>
</context>
<context>
    <name>ContactPolicy</name>
    <message>
        <source>national holiday (%1): no calls</source>
        <translation>national holiday (%1): no calls</translation>
    </message>
    <message>
        <source>Sunday: no calls</source>
        <translation>Sunday: no calls</translation>
    </message>
    <message>
        <source>outside the contact window (%1-%2)</source>
        <translation>outside the contact window (%1-%2)</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>do not contact</translation>
    </message>
    <message>
        <source>already talked to today</source>
        <translation>already talked to today</translation>
    </message>
    <message>
        <source>dispute hold: a complaint about the bills is open</source>
        <translation>dispute hold: a complaint about the bills is open</translation>
    </message>
    <message>
        <source>disputed the debt or said they cannot pay: wait for a plan or a review</source>
        <translation>disputed the debt or said they cannot pay: wait for a plan or a review</translation>
    </message>
    <message>
        <source>only unverified or third-party numbers: no debt details before the identity check</source>
        <translation>only unverified or third-party numbers: no debt details before the identity check</translation>
    </message>
    <message>
        <source>no postal address</source>
        <translation>no postal address</translation>
    </message>
    <message>
        <source>choose the phone or e-mail to write to</source>
        <translation>choose the phone or e-mail to write to</translation>
    </message>
    <message>
        <source>an SMS needs a phone number</source>
        <translation>an SMS needs a phone number</translation>
    </message>
    <message>
        <source>an e-mail needs an e-mail address</source>
        <translation>an e-mail needs an e-mail address</translation>
    </message>
    <message>
        <source>the debtor opted out of this contact</source>
        <translation>the debtor opted out of this contact</translation>
    </message>
    <message>
        <source>the debtor denied consent for this contact</source>
        <translation>the debtor denied consent for this contact</translation>
    </message>
    <message>
        <source>not the debtor&apos;s own verified contact: no debt details</source>
        <translation>not the debtor&apos;s own verified contact: no debt details</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quoted field is never closed (a missing &quot;)</source>
        <translation>line %1: a quoted field is never closed (a missing &quot;)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file says it is UTF-16 but has an odd number of bytes</source>
        <translation>the file says it is UTF-16 but has an odd number of bytes</translation>
    </message>
    <message>
        <source>line %1 holds a NUL byte: this is not a text file (or it is UTF-16 without a byte-order mark; save it as UTF-8)</source>
        <translation>line %1 holds a NUL byte: this is not a text file (or it is UTF-16 without a byte-order mark; save it as UTF-8)</translation>
    </message>
    <message>
        <source>line %1: byte 0x%2 is neither UTF-8 nor Windows-1252; save the file as UTF-8</source>
        <translation>line %1: byte 0x%2 is neither UTF-8 nor Windows-1252; save the file as UTF-8</translation>
    </message>
    <message>
        <source>the file mixes UTF-8 (line %1) and Windows-1252 (line %2); save it again in one encoding, UTF-8</source>
        <translation>the file mixes UTF-8 (line %1) and Windows-1252 (line %2); save it again in one encoding, UTF-8</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 bytes (a quote that is never closed?)</source>
        <translation>line %1: a field is longer than %2 bytes (a quote that is never closed?)</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 bytes</source>
        <translation>line %1: a field is longer than %2 bytes</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Person or company</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>IBAN (direct debit)</source>
        <translation>IBAN (direct debit)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>POD / PDR</source>
        <translation>POD / PDR</translation>
    </message>
    <message>
        <source>Billing frequency</source>
        <translation>Billing frequency</translation>
    </message>
    <message>
        <source>Supply address</source>
        <translation>Supply address</translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation>Bill number</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>PagoPA notice code</source>
        <translation>PagoPA notice code</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Payment reference</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>Payment channel</source>
        <translation>Payment channel</translation>
    </message>
    <message>
        <source>Bill number paid</source>
        <translation>Bill number paid</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form yyyy-mm-dd</source>
        <translation>&quot;%1&quot; is not a date in the form yyyy-mm-dd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form dd/mm/yyyy</source>
        <translation>&quot;%1&quot; is not a date in the form dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>&quot;%1&quot; is not a date (dd/mm/yyyy or yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>the date is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an impossible date</source>
        <translation>&quot;%1&quot; is an impossible date</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>the amount is missing</translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation>the amount %1 is negative</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>line %1: %2: %3</translation>
    </message>
    <message>
        <source>duplicate of line %1 in the same file</source>
        <translation>duplicate of line %1 in the same file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of file: use debtors, invoices or payments</source>
        <translation>&quot;%1&quot; is not a kind of file: use debtors, invoices or payments</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy: use all-or-nothing or valid-rows</source>
        <translation>&quot;%1&quot; is not a policy: use all-or-nothing or valid-rows</translation>
    </message>
    <message>
        <source>%1: not a mapping file (JSON object expected): %2</source>
        <translation>%1: not a mapping file (JSON object expected): %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a field of %3 files (fields: %4)</source>
        <translation>%1: &quot;%2&quot; is not a field of %3 files (fields: %4)</translation>
    </message>
    <message>
        <source>%1: decimal must be auto, comma or point</source>
        <translation>%1: decimal must be auto, comma or point</translation>
    </message>
    <message>
        <source>%1: dates must be auto, dmy or iso</source>
        <translation>%1: dates must be auto, dmy or iso</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; (for %2) is not in the file&apos;s header</source>
        <translation>the column &quot;%1&quot; (for %2) is not in the file&apos;s header</translation>
    </message>
    <message>
        <source>no column is mapped to: %1</source>
        <translation>no column is mapped to: %1</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>Saving the column mapping: %1</source>
        <translation>Saving the column mapping: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n row read</numerusform>
            <numerusform>%1: %n rows read</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 new, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>; %1 new, %2 updated, %3 unchanged, %4 rejected</translation>
    </message>
    <message>
        <source>. Nothing was imported: the policy is all-or-nothing and rows were rejected</source>
        <translation>. Nothing was imported: the policy is all-or-nothing and rows were rejected</translation>
    </message>
    <message>
        <source>. Report: %1</source>
        <translation>. Report: %1</translation>
    </message>
    <message>
        <source>The client of the import is not in this store.</source>
        <translation>The client of the import is not in this store.</translation>
    </message>
    <message>
        <source>Import cancelled; the store is unchanged.</source>
        <translation>Import cancelled; the store is unchanged.</translation>
    </message>
    <message>
        <source>Preparing the debtor import</source>
        <translation>Preparing the debtor import</translation>
    </message>
    <message>
        <source>Preparing the invoice import</source>
        <translation>Preparing the invoice import</translation>
    </message>
    <message>
        <source>Preparing the payment import</source>
        <translation>Preparing the payment import</translation>
    </message>
    <message>
        <source>the customer code is missing</source>
        <translation>the customer code is missing</translation>
    </message>
    <message>
        <source>the customer has no name</source>
        <translation>the customer has no name</translation>
    </message>
    <message>
        <source>the date of birth is in the future</source>
        <translation>the date of birth is in the future</translation>
    </message>
    <message>
        <source>not a language code (it, en...)</source>
        <translation>not a language code (it, en...)</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>not an e-mail address</translation>
    </message>
    <message>
        <source>not a billing frequency (monthly, bimonthly, quarterly, half-yearly, yearly)</source>
        <translation>not a billing frequency (monthly, bimonthly, quarterly, half-yearly, yearly)</translation>
    </message>
    <message>
        <source>Saving the debtor</source>
        <translation>Saving the debtor</translation>
    </message>
    <message>
        <source>Saving a contact</source>
        <translation>Saving a contact</translation>
    </message>
    <message>
        <source>Saving the supply</source>
        <translation>Saving the supply</translation>
    </message>
    <message>
        <source>the bill number is missing</source>
        <translation>the bill number is missing</translation>
    </message>
    <message>
        <source>the due date is before the issue date</source>
        <translation>the due date is before the issue date</translation>
    </message>
    <message>
        <source>more than the bill&apos;s amount</source>
        <translation>more than the bill&apos;s amount</translation>
    </message>
    <message>
        <source>not a delivery channel (post, e-mail, PEC, app)</source>
        <translation>not a delivery channel (post, e-mail, PEC, app)</translation>
    </message>
    <message>
        <source>the debtor has no supply with this POD/PDR</source>
        <translation>the debtor has no supply with this POD/PDR</translation>
    </message>
    <message>
        <source>Saving the bill</source>
        <translation>Saving the bill</translation>
    </message>
    <message>
        <source>the payment reference is missing</source>
        <translation>the payment reference is missing</translation>
    </message>
    <message>
        <source>a payment of zero</source>
        <translation>a payment of zero</translation>
    </message>
    <message>
        <source>the payment date is in the future</source>
        <translation>the payment date is in the future</translation>
    </message>
    <message>
        <source>not a payment channel (PagoPA, bank transfer, online, postal slip, direct debit, cash)</source>
        <translation>not a payment channel (PagoPA, bank transfer, online, postal slip, direct debit, cash)</translation>
    </message>
    <message>
        <source>the bill belongs to another customer</source>
        <translation>the bill belongs to another customer</translation>
    </message>
    <message>
        <source>no bill of this client has this number</source>
        <translation>no bill of this client has this number</translation>
    </message>
    <message>
        <source>this reference was already imported with %1 cents</source>
        <translation>this reference was already imported with %1 cents</translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation>The report %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Only an administrator or the client&apos;s team lead can import files.</source>
        <translation>Only an administrator or the client&apos;s team lead can import files.</translation>
    </message>
    <message>
        <source>Preparing the bulk load</source>
        <translation>Preparing the bulk load</translation>
    </message>
    <message>
        <source>%1 has more than two decimals</source>
        <translation>%1 has more than two decimals</translation>
    </message>
    <message>
        <source>a control character (code %1) is in the value</source>
        <translation>a control character (code %1) is in the value</translation>
    </message>
    <message>
        <source>(column without a name)</source>
        <translation>(column without a name)</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; appears twice (columns %2 and %3): rename one so that %4 is not read from the wrong column</source>
        <translation>the header &quot;%1&quot; appears twice (columns %2 and %3): rename one so that %4 is not read from the wrong column</translation>
    </message>
    <message numerus="yes">
        <source>; %n optional value(s) left out with a warning</source>
        <translation>
            <numerusform>; %n optional value left out with a warning</numerusform>
            <numerusform>; %n optional values left out with a warning</numerusform>
        </translation>
    </message>
    <message>
        <source>. Columns not imported (no field is mapped to them): %1</source>
        <translation>. Columns not imported (no field is mapped to them): %1</translation>
    </message>
    <message>
        <source>the file has no codice fiscale or partita IVA column: debtors are imported by their customer code; ask the client for the tax codes before any formal step</source>
        <translation>the file has no codice fiscale or partita IVA column: debtors are imported by their customer code; ask the client for the tax codes before any formal step</translation>
    </message>
    <message>
        <source>Another program is writing to the store (an import, a sync or the daily refresh); the import waits for it to finish.</source>
        <translation>Another program is writing to the store (an import, a sync or the daily refresh); the import waits for it to finish.</translation>
    </message>
    <message numerus="yes">
        <source>The store stayed busy for %n minute(s); nothing was imported. Try again later.</source>
        <translation>
            <numerusform>The store stayed busy for %n minute; nothing was imported. Try again later.</numerusform>
            <numerusform>The store stayed busy for %n minutes; nothing was imported. Try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>not a kind of customer (person or company): taken as a person</source>
        <translation>not a kind of customer (person or company): taken as a person</translation>
    </message>
    <message>
        <source>not a service (electricity, gas or water): the supply is left out</source>
        <translation>not a service (electricity, gas or water): the supply is left out</translation>
    </message>
    <message>
        <source>a supply point needs its service (electricity, gas or water): the supply is left out</source>
        <translation>a supply point needs its service (electricity, gas or water): the supply is left out</translation>
    </message>
    <message>
        <source>neither codice fiscale nor partita IVA: the debtor is imported, ask the client for it before any formal step</source>
        <translation>neither codice fiscale nor partita IVA: the debtor is imported, ask the client for it before any formal step</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>The report cannot be written next to %1 (the folder is not writable or %2 is not a plain file).</source>
        <translation>The report cannot be written next to %1 (the folder is not writable or %2 is not a plain file).</translation>
    </message>
    <message>
        <source>The report %1 is not a plain file; remove it.</source>
        <translation>The report %1 is not a plain file; remove it.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>no field is mapped to this column: not imported</source>
        <translation>no field is mapped to this column: not imported</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>no debtor of this client has this customer code (import the debtors first)</source>
        <translation>no debtor of this client has this customer code (import the debtors first)</translation>
    </message>
    <message>
        <source>. This file was imported whole with the same columns on %1: nothing to do</source>
        <translation>. This file was imported whole with the same columns on %1: nothing to do</translation>
    </message>
    <message>
        <source>Remembering the file</source>
        <translation>Remembering the file</translation>
    </message>
    <message>
        <source>Saving the rows of the file</source>
        <translation>Saving the rows of the file</translation>
    </message>
    <message>
        <source>Recording the interlocutor</source>
        <translation>Recording the interlocutor</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message numerus="yes">
        <source>%n installment(s) late</source>
        <translation>
            <numerusform>%n installment late</numerusform>
            <numerusform>%n installments late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s) missed</source>
        <translation>
            <numerusform>%n installment missed</numerusform>
            <numerusform>%n installments missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) broken (the team lead has a review)</source>
        <translation>
            <numerusform>%n plan broken (the team lead has a review)</numerusform>
            <numerusform>%n plans broken (the team lead has a review)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) kept</source>
        <translation>
            <numerusform>%n promise kept</numerusform>
            <numerusform>%n promises kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) broken</source>
        <translation>
            <numerusform>%n promise broken</numerusform>
            <numerusform>%n promises broken</numerusform>
        </translation>
    </message>
    <message>
        <source>balances, aging and stages brought to the day</source>
        <translation>balances, aging and stages brought to the day</translation>
    </message>
    <message>
        <source>Daily check of %1: nothing changed.</source>
        <translation>Daily check of %1: nothing changed.</translation>
    </message>
    <message>
        <source>Daily check of %1: %2.</source>
        <translation>Daily check of %1: %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>The store %1 does not exist.</translation>
    </message>
    <message>
        <source>Internal error: the connection %1 is already open.</source>
        <translation>Internal error: the connection %1 is already open.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Cannot open the store %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>The SQLite driver does not expose its handle.</translation>
    </message>
    <message>
        <source>%1 is not an Ascolto store: %2</source>
        <translation>%1 is not an Ascolto store: %2</translation>
    </message>
    <message>
        <source>The store %1 cannot use write-ahead logging (journal mode answered &quot;%2&quot;); is it on a read-only or network drive?</source>
        <translation>The store %1 cannot use write-ahead logging (journal mode answered &quot;%2&quot;); is it on a read-only or network drive?</translation>
    </message>
    <message>
        <source>The store could not enable foreign keys.</source>
        <translation>The store could not enable foreign keys.</translation>
    </message>
    <message>
        <source>No schema migrations found in %1.</source>
        <translation>No schema migrations found in %1.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Ascolto (schema %2; this version knows up to %3). Update Ascolto to open it; the store was not changed.</source>
        <translation>The store %1 was written by a newer version of Ascolto (schema %2; this version knows up to %3). Update Ascolto to open it; the store was not changed.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not an Ascolto store; it was not changed.</source>
        <translation>%1 is an SQLite file but not an Ascolto store; it was not changed.</translation>
    </message>
    <message>
        <source>Could not back up the store to %1 before upgrading it: %2</source>
        <translation>Could not back up the store to %1 before upgrading it: %2</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Cannot read the migration %1.</translation>
    </message>
    <message>
        <source>Cannot start upgrading the store: %1</source>
        <translation>Cannot start upgrading the store: %1</translation>
    </message>
    <message>
        <source>Upgrading the store to schema %1 (%2) failed: %3. The store was left at schema %4.</source>
        <translation>Upgrading the store to schema %1 (%2) failed: %3. The store was left at schema %4.</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>a row of %1 refers to a missing row of %2</translation>
    </message>
</context>
<context>
    <name>DebtorRepository</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; is not an e-mail address</translation>
    </message>
    <message>
        <source>Saving a contact</source>
        <translation>Saving a contact</translation>
    </message>
    <message>
        <source>add debtors</source>
        <translation>add debtors</translation>
    </message>
    <message>
        <source>The debtor must belong to a client.</source>
        <translation>The debtor must belong to a client.</translation>
    </message>
    <message>
        <source>The customer code is empty.</source>
        <translation>The customer code is empty.</translation>
    </message>
    <message>
        <source>The debtor has no name.</source>
        <translation>The debtor has no name.</translation>
    </message>
    <message>
        <source>A debtor with customer code %1 already exists.</source>
        <translation>A debtor with customer code %1 already exists.</translation>
    </message>
    <message>
        <source>Saving a supply</source>
        <translation>Saving a supply</translation>
    </message>
    <message>
        <source>Recording the interlocutor</source>
        <translation>Recording the interlocutor</translation>
    </message>
    <message>
        <source>This debtor is not in your portfolio.</source>
        <translation>This debtor is not in your portfolio.</translation>
    </message>
    <message>
        <source>reassign debtors</source>
        <translation>reassign debtors</translation>
    </message>
    <message>
        <source>Give a reason: continuity with the same interlocutor is the method, so every change is explained.</source>
        <translation>Give a reason: continuity with the same interlocutor is the method, so every change is explained.</translation>
    </message>
    <message>
        <source>The new interlocutor must be an active operator of the same client.</source>
        <translation>The new interlocutor must be an active operator of the same client.</translation>
    </message>
    <message>
        <source>Closing the previous relationship</source>
        <translation>Closing the previous relationship</translation>
    </message>
    <message>
        <source>Recording the new interlocutor</source>
        <translation>Recording the new interlocutor</translation>
    </message>
    <message>
        <source>Reassigning the debtor</source>
        <translation>Reassigning the debtor</translation>
    </message>
    <message>
        <source>Reading the operator&apos;s debtors</source>
        <translation>Reading the operator&apos;s debtors</translation>
    </message>
    <message>
        <source>Handing over the open tasks</source>
        <translation>Handing over the open tasks</translation>
    </message>
    <message>
        <source>The company name is empty.</source>
        <translation>The company name is empty.</translation>
    </message>
    <message>
        <source>The debtor&apos;s name is empty.</source>
        <translation>The debtor&apos;s name is empty.</translation>
    </message>
    <message>
        <source>The postal code (CAP) has five digits: &quot;%1&quot; is not one.</source>
        <translation>The postal code (CAP) has five digits: &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>The province is its two-letter code (MI, RM...): &quot;%1&quot; is not one.</source>
        <translation>The province is its two-letter code (MI, RM...): &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>The birth date %1 is in the future.</translation>
    </message>
    <message>
        <source>The debtor&apos;s language is Italian or English.</source>
        <translation>The debtor&apos;s language is Italian or English.</translation>
    </message>
    <message>
        <source>Correcting the debtor&apos;s details</source>
        <translation>Correcting the debtor&apos;s details</translation>
    </message>
</context>
<context>
    <name>DebtorSummaryRepository</name>
    <message>
        <source>Updating the debtor balance</source>
        <translation>Updating the debtor balance</translation>
    </message>
    <message>
        <source>No balance for this debtor in your portfolio.</source>
        <translation>No balance for this debtor in your portfolio.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Updating the search index</translation>
    </message>
    <message>
        <source>Updating the portfolio row</source>
        <translation>Updating the portfolio row</translation>
    </message>
</context>
<context>
    <name>DemoPortfolio</name>
    <message>
        <source>The store %1 already holds data; the demo portfolio is built only in a new store.</source>
        <translation>The store %1 already holds data; the demo portfolio is built only in a new store.</translation>
    </message>
    <message>
        <source>Demo generation failed at debtor %1: %2</source>
        <translation>Demo generation failed at debtor %1: %2</translation>
    </message>
    <message>
        <source>Demo generation cancelled; the store is unchanged.</source>
        <translation>Demo generation cancelled; the store is unchanged.</translation>
    </message>
    <message>
        <source>The number of debtors must be at least 1.</source>
        <translation>The number of debtors must be at least 1.</translation>
    </message>
    <message>
        <source>The demo needs a valid reference day.</source>
        <translation>The demo needs a valid reference day.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>The cryptography library cannot start.</translation>
    </message>
    <message>
        <source>The device %1 is not enrolled here.</source>
        <translation>The device %1 is not enrolled here.</translation>
    </message>
    <message>
        <source>A device cannot enrol itself.</source>
        <translation>A device cannot enrol itself.</translation>
    </message>
    <message>
        <source>The public key of device %1 is not a 32-byte key.</source>
        <translation>The public key of device %1 is not a 32-byte key.</translation>
    </message>
    <message>
        <source>The kind of device must be head_office, branch or workstation, not %1.</source>
        <translation>The kind of device must be head_office, branch or workstation, not %1.</translation>
    </message>
    <message>
        <source>Enrolling device %1</source>
        <translation>Enrolling device %1</translation>
    </message>
    <message>
        <source>enrol devices</source>
        <translation>enrol devices</translation>
    </message>
    <message>
        <source>This is not an enrolment request (expected ascolto-device:ID:KEY, as ascolto-cli device request prints it on the new device).</source>
        <translation>This is not an enrolment request (expected ascolto-device:ID:KEY, as ascolto-cli device request prints it on the new device).</translation>
    </message>
    <message>
        <source>revoke devices</source>
        <translation>revoke devices</translation>
    </message>
    <message>
        <source>Revoking device %1</source>
        <translation>Revoking device %1</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Name the users who log in on the device (a workstation or a branch receives only what they may see).</source>
        <translation>Name the users who log in on the device (a workstation or a branch receives only what they may see).</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>What device %1 holds</source>
        <translation>What device %1 holds</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>erase a client&apos;s debtors</source>
        <translation>erase a client&apos;s debtors</translation>
    </message>
    <message>
        <source>The mandate of client %1 has not ended: set the date it ended first (client settings, mandate_ended_on).</source>
        <translation>The mandate of client %1 has not ended: set the date it ended first (client settings, mandate_ended_on).</translation>
    </message>
    <message numerus="yes">
        <source>The debtors of client %1 are kept until %2 (%n month(s) after the mandate ended on %3): they can be erased from %4.</source>
        <translation>
            <numerusform>The debtors of client %1 are kept until %2 (%n month after the mandate ended on %3): they can be erased from %4.</numerusform>
            <numerusform>The debtors of client %1 are kept until %2 (%n months after the mandate ended on %3): they can be erased from %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the client&apos;s debtors</source>
        <translation>Listing the client&apos;s debtors</translation>
    </message>
    <message>
        <source>This store holds no debtor of client %1: there is nothing to erase.</source>
        <translation>This store holds no debtor of client %1: there is nothing to erase.</translation>
    </message>
    <message>
        <source>Recording the erasure</source>
        <translation>Recording the erasure</translation>
    </message>
    <message>
        <source>Recording the erased debtors</source>
        <translation>Recording the erased debtors</translation>
    </message>
    <message>
        <source>This is not an erasure certificate (%1).</source>
        <translation>This is not an erasure certificate (%1).</translation>
    </message>
    <message>
        <source>no &quot;certificate&quot; object</source>
        <translation>no &quot;certificate&quot; object</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>The cryptography library cannot start.</translation>
    </message>
    <message>
        <source>The certificate carries no valid signature or key.</source>
        <translation>The certificate carries no valid signature or key.</translation>
    </message>
    <message>
        <source>The signature does not match the content: the certificate was changed after it was signed.</source>
        <translation>The signature does not match the content: the certificate was changed after it was signed.</translation>
    </message>
    <message>
        <source>The certificate names the key %1 but was signed with %2.</source>
        <translation>The certificate names the key %1 but was signed with %2.</translation>
    </message>
    <message>
        <source>The debtors of client %1 were erased on %2, at the end of its mandate: no debtor is added to it any more. A new mandate is set up as a new client (a new code).</source>
        <translation>The debtors of client %1 were erased on %2, at the end of its mandate: no debtor is added to it any more. A new mandate is set up as a new client (a new code).</translation>
    </message>
    <message>
        <source>Noting the debtors that left this device</source>
        <translation>Noting the debtors that left this device</translation>
    </message>
</context>
<context>
    <name>EscalationLadder</name>
    <message>
        <source>Caring</source>
        <translation>Caring</translation>
    </message>
    <message>
        <source>Gentle reminder</source>
        <translation>Gentle reminder</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Firm reminder</source>
        <translation>Firm reminder</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>Formal notice</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>HtmlPdf</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>HubLink</name>
    <message>
        <source>The hub at %1 cannot be reached: %2</source>
        <translation>The hub at %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>the request&apos;s time is more than five minutes from the hub&apos;s clock</source>
        <translation>the request&apos;s time is more than five minutes from the hub&apos;s clock</translation>
    </message>
    <message>
        <source>the request is not signed with the key enrolled for device %1</source>
        <translation>the request is not signed with the key enrolled for device %1</translation>
    </message>
    <message>
        <source>The hub&apos;s address must be https://HOST:PORT (it is &quot;%1&quot;).</source>
        <translation>The hub&apos;s address must be https://HOST:PORT (it is &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This store has no head office yet: apply head office&apos;s first bundle (from a file) before syncing online.</source>
        <translation>This store has no head office yet: apply head office&apos;s first bundle (from a file) before syncing online.</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM).</source>
        <translation>%1 holds no certificate (PEM).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>The hub refused this workstation&apos;s bundle (HTTP %1): %2</source>
        <translation>The hub refused this workstation&apos;s bundle (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The hub sent no bundle for this workstation (HTTP %1): %2</source>
        <translation>The hub sent no bundle for this workstation (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>A bundle taken from the hub earlier cannot be applied (kept as %1): %2</source>
        <translation>A bundle taken from the hub earlier cannot be applied (kept as %1): %2</translation>
    </message>
</context>
<context>
    <name>HubSchema</name>
    <message>
        <source>Cannot set up the hub&apos;s database: %1</source>
        <translation>Cannot set up the hub&apos;s database: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s database was written by a newer ascolto-hub (schema %1; this one knows up to %2). Update ascolto-hub; nothing was changed.</source>
        <translation>The hub&apos;s database was written by a newer ascolto-hub (schema %1; this one knows up to %2). Update ascolto-hub; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Cannot read the migration %1.</translation>
    </message>
    <message>
        <source>The migration %1 does not run: %2</source>
        <translation>The migration %1 does not run: %2</translation>
    </message>
    <message>
        <source>Migrating the hub&apos;s database to schema %1 failed: %2. It was left at schema %3.</source>
        <translation>Migrating the hub&apos;s database to schema %1 failed: %2. It was left at schema %3.</translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation>schema %1</translation>
    </message>
</context>
<context>
    <name>HubStore</name>
    <message>
        <source>The hub&apos;s database has no Ascolto schema yet: run ascolto-hub init first.</source>
        <translation>The hub&apos;s database has no Ascolto schema yet: run ascolto-hub init first.</translation>
    </message>
    <message>
        <source>The hub&apos;s database is at schema %1, this ascolto-hub at %2: run ascolto-hub migrate (after a backup).</source>
        <translation>The hub&apos;s database is at schema %1, this ascolto-hub at %2: run ascolto-hub migrate (after a backup).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>There is no client with code %1 at the hub.</source>
        <translation>There is no client with code %1 at the hub.</translation>
    </message>
    <message>
        <source>Cannot make a working copy at %1.</source>
        <translation>Cannot make a working copy at %1.</translation>
    </message>
    <message>
        <source>The hub holds a firm&apos;s data already (device %1): a store is loaded only into an empty hub.</source>
        <translation>The hub holds a firm&apos;s data already (device %1): a store is loaded only into an empty hub.</translation>
    </message>
    <message>
        <source>Loading %1 into the hub failed at table %2: %3. The hub was not changed.</source>
        <translation>Loading %1 into the hub failed at table %2: %3. The hub was not changed.</translation>
    </message>
    <message>
        <source>%1 exists already; a snapshot is written only to a new file.</source>
        <translation>%1 exists already; a snapshot is written only to a new file.</translation>
    </message>
</context>
<context>
    <name>Iban</name>
    <message>
        <source>the IBAN is empty</source>
        <translation>the IBAN is empty</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot; contains the invalid character &apos;%2&apos;</source>
        <translation>IBAN &quot;%1&quot; contains the invalid character &apos;%2&apos;</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot; must start with a country code and two check digits</source>
        <translation>IBAN &quot;%1&quot; must start with a country code and two check digits</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot; has %2 characters; %3 IBANs have %4</source>
        <translation>IBAN &quot;%1&quot; has %2 characters; %3 IBANs have %4</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot; is longer than 34 characters</source>
        <translation>IBAN &quot;%1&quot; is longer than 34 characters</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot;: the check digits do not match (typing error?)</source>
        <translation>IBAN &quot;%1&quot;: the check digits do not match (typing error?)</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot;: ABI and CAB must be digits</source>
        <translation>IBAN &quot;%1&quot;: ABI and CAB must be digits</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot;: wrong CIN %2 (expected %3)</source>
        <translation>IBAN &quot;%1&quot;: wrong CIN %2 (expected %3)</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>Choose the channel, the purpose and the outcome.</source>
        <translation>Choose the channel, the purpose and the outcome.</translation>
    </message>
    <message>
        <source>Unknown emotion &quot;%1&quot;.</source>
        <translation>Unknown emotion &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown reason for non-payment &quot;%1&quot;.</source>
        <translation>Unknown reason for non-payment &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saving the conversation</source>
        <translation>Saving the conversation</translation>
    </message>
    <message>
        <source>Choose the category of the complaint.</source>
        <translation>Choose the category of the complaint.</translation>
    </message>
    <message>
        <source>Describe the complaint in a few words: the client will read it.</source>
        <translation>Describe the complaint in a few words: the client will read it.</translation>
    </message>
    <message>
        <source>Saving the complaint</source>
        <translation>Saving the complaint</translation>
    </message>
    <message>
        <source>Linking the bill</source>
        <translation>Linking the bill</translation>
    </message>
    <message>
        <source>A chosen bill does not belong to this debtor.</source>
        <translation>A chosen bill does not belong to this debtor.</translation>
    </message>
    <message>
        <source>A complaint can only be forwarded or resolved.</source>
        <translation>A complaint can only be forwarded or resolved.</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation>Say how the complaint was resolved.</translation>
    </message>
    <message>
        <source>Reading the complaint</source>
        <translation>Reading the complaint</translation>
    </message>
    <message>
        <source>The complaint no longer exists.</source>
        <translation>The complaint no longer exists.</translation>
    </message>
    <message>
        <source>The complaint is already resolved.</source>
        <translation>The complaint is already resolved.</translation>
    </message>
    <message>
        <source>The complaint is already forwarded to the client.</source>
        <translation>The complaint is already forwarded to the client.</translation>
    </message>
    <message>
        <source>Updating the complaint</source>
        <translation>Updating the complaint</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <source>The chosen contact does not belong to this debtor.</source>
        <translation>The chosen contact does not belong to this debtor.</translation>
    </message>
    <message>
        <source>This message cannot be sent: %1.</source>
        <translation>This message cannot be sent: %1.</translation>
    </message>
    <message>
        <source>Saving the message</source>
        <translation>Saving the message</translation>
    </message>
    <message>
        <source>This message was already written today at %1; it is not recorded twice.</source>
        <translation>This message was already written today at %1; it is not recorded twice.</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>add bills</source>
        <translation>add bills</translation>
    </message>
    <message>
        <source>The bill number is empty.</source>
        <translation>The bill number is empty.</translation>
    </message>
    <message>
        <source>Bill %1 needs an issue date and a due date.</source>
        <translation>Bill %1 needs an issue date and a due date.</translation>
    </message>
    <message>
        <source>Bill %1 is due before it was issued.</source>
        <translation>Bill %1 is due before it was issued.</translation>
    </message>
    <message>
        <source>Bill %1 has no positive amount.</source>
        <translation>Bill %1 has no positive amount.</translation>
    </message>
    <message>
        <source>Bill %1: the paid amount must be between zero and the bill amount.</source>
        <translation>Bill %1: the paid amount must be between zero and the bill amount.</translation>
    </message>
    <message>
        <source>Bill %1 already exists for this client.</source>
        <translation>Bill %1 already exists for this client.</translation>
    </message>
    <message>
        <source>Unknown bill.</source>
        <translation>Unknown bill.</translation>
    </message>
    <message>
        <source>Confirming the bill</source>
        <translation>Confirming the bill</translation>
    </message>
</context>
<context>
    <name>ItalianCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Epiphany</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Liberation Day</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Republic Day</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>Immaculate Conception</source>
        <translation>Immaculate Conception</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation>St Stephen&apos;s Day</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>%1: template %2</source>
        <translation>%1: template %2</translation>
    </message>
    <message>
        <source>%1: a template needs a code, a title and a body.</source>
        <translation>%1: a template needs a code, a title and a body.</translation>
    </message>
    <message>
        <source>%1: unknown channel &quot;%2&quot;.</source>
        <translation>%1: unknown channel &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: an e-mail or a letter needs a subject.</source>
        <translation>%1: an e-mail or a letter needs a subject.</translation>
    </message>
    <message>
        <source>%1: unknown placeholder {%2}.</source>
        <translation>%1: unknown placeholder {%2}.</translation>
    </message>
    <message>
        <source>%1: no templates.</source>
        <translation>%1: no templates.</translation>
    </message>
    <message>
        <source>it proposes a repayment plan and the debtor already has one</source>
        <translation>it proposes a repayment plan and the debtor already has one</translation>
    </message>
    <message>
        <source>this debtor&apos;s card has nothing for %1</source>
        <translation>this debtor&apos;s card has nothing for %1</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>the amount is empty</source>
        <translation>the amount is empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: unexpected character &apos;%2&apos;</source>
        <translation>&quot;%1&quot; is not an amount: unexpected character &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; is not an amount</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: the decimal separator appears twice</source>
        <translation>&quot;%1&quot; is not an amount: the decimal separator appears twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimal places</source>
        <translation>&quot;%1&quot; has more than two decimal places</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: misplaced separator</source>
        <translation>&quot;%1&quot; is not an amount: misplaced separator</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: thousands must be grouped by three</source>
        <translation>&quot;%1&quot; is not an amount: thousands must be grouped by three</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; is too large</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>The outbox folder %1 cannot be created.</source>
        <translation>The outbox folder %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>PagoPaNotice</name>
    <message>
        <source>the PagoPA notice number is empty</source>
        <translation>the PagoPA notice number is empty</translation>
    </message>
    <message>
        <source>PagoPA notice number &quot;%1&quot; must contain digits only</source>
        <translation>PagoPA notice number &quot;%1&quot; must contain digits only</translation>
    </message>
    <message>
        <source>PagoPA notice number &quot;%1&quot; has %2 digits instead of 18</source>
        <translation>PagoPA notice number &quot;%1&quot; has %2 digits instead of 18</translation>
    </message>
    <message>
        <source>PagoPA notice number &quot;%1&quot;: aux digit %2 does not exist (0-3)</source>
        <translation>PagoPA notice number &quot;%1&quot;: aux digit %2 does not exist (0-3)</translation>
    </message>
    <message>
        <source>PagoPA notice number &quot;%1&quot;: wrong check digits (expected %2)</source>
        <translation>PagoPA notice number &quot;%1&quot;: wrong check digits (expected %2)</translation>
    </message>
</context>
<context>
    <name>PartitaIva</name>
    <message>
        <source>the partita IVA is empty</source>
        <translation>the partita IVA is empty</translation>
    </message>
    <message>
        <source>partita IVA &quot;%1&quot; must contain digits only</source>
        <translation>partita IVA &quot;%1&quot; must contain digits only</translation>
    </message>
    <message>
        <source>partita IVA &quot;%1&quot; has %2 digits instead of 11</source>
        <translation>partita IVA &quot;%1&quot; has %2 digits instead of 11</translation>
    </message>
    <message>
        <source>partita IVA &quot;%1&quot; is not a real number</source>
        <translation>partita IVA &quot;%1&quot; is not a real number</translation>
    </message>
    <message>
        <source>partita IVA &quot;%1&quot;: %2 is not a valid provincial office code</source>
        <translation>partita IVA &quot;%1&quot;: %2 is not a valid provincial office code</translation>
    </message>
    <message>
        <source>partita IVA &quot;%1&quot;: wrong check digit (expected %2)</source>
        <translation>partita IVA &quot;%1&quot;: wrong check digit (expected %2)</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Not enough memory to hash the password.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
</context>
<context>
    <name>PaymentAllocator</name>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <source>The bill chosen for this payment is not open any more.</source>
        <translation>The bill chosen for this payment is not open any more.</translation>
    </message>
    <message>
        <source>The payment exceeds the open bills by %1; choose &quot;keep as credit&quot; to record it anyway.</source>
        <translation>The payment exceeds the open bills by %1; choose &quot;keep as credit&quot; to record it anyway.</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>The payment date is missing.</source>
        <translation>The payment date is missing.</translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation>The payment date %1 is in the future.</translation>
    </message>
    <message>
        <source>Unknown payment channel &quot;%1&quot;.</source>
        <translation>Unknown payment channel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the open bills</source>
        <translation>Reading the open bills</translation>
    </message>
    <message>
        <source>Saving the payment</source>
        <translation>Saving the payment</translation>
    </message>
    <message>
        <source>Allocating the payment</source>
        <translation>Allocating the payment</translation>
    </message>
    <message>
        <source>This plan does not belong to the debtor.</source>
        <translation>This plan does not belong to the debtor.</translation>
    </message>
    <message>
        <source>Only the installments of an active plan can be paid.</source>
        <translation>Only the installments of an active plan can be paid.</translation>
    </message>
    <message>
        <source>Reading the installments</source>
        <translation>Reading the installments</translation>
    </message>
    <message>
        <source>Every installment of this plan is already paid.</source>
        <translation>Every installment of this plan is already paid.</translation>
    </message>
    <message>
        <source>The payment is %1 more than the debtor owes; allow a credit to keep it on account.</source>
        <translation>The payment is %1 more than the debtor owes; allow a credit to keep it on account.</translation>
    </message>
    <message>
        <source>Settling the payments</source>
        <translation>Settling the payments</translation>
    </message>
</context>
<context>
    <name>PeriodicExport</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>no export folder is configured</source>
        <translation>no export folder is configured</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written (permission)</source>
        <translation>the folder %1 cannot be written (permission)</translation>
    </message>
    <message>
        <source>the disk of %1 is full</source>
        <translation>the disk of %1 is full</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Amount (EUR)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 installment(s), %2</source>
        <translation>
            <numerusform>%1 installment, %2</numerusform>
            <numerusform>%1 installments, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Cannot reach the hub&apos;s database: out of memory.</source>
        <translation>Cannot reach the hub&apos;s database: out of memory.</translation>
    </message>
    <message>
        <source>Cannot reach the hub&apos;s database (%1): %2</source>
        <translation>Cannot reach the hub&apos;s database (%1): %2</translation>
    </message>
    <message>
        <source>from PGHOST, PGDATABASE...</source>
        <translation>from PGHOST, PGDATABASE...</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>phone number &quot;%1&quot; contains the invalid character &apos;%2&apos;</source>
        <translation>phone number &quot;%1&quot; contains the invalid character &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the phone number is empty</source>
        <translation>the phone number is empty</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot;: &apos;+&apos; may only open the number</source>
        <translation>phone number &quot;%1&quot;: &apos;+&apos; may only open the number</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not a valid international number</source>
        <translation>phone number &quot;%1&quot; is not a valid international number</translation>
    </message>
    <message>
        <source>mobile number &quot;%1&quot; must have 9 or 10 digits</source>
        <translation>mobile number &quot;%1&quot; must have 9 or 10 digits</translation>
    </message>
    <message>
        <source>landline number &quot;%1&quot; must have 6 to 11 digits including the leading 0</source>
        <translation>landline number &quot;%1&quot; must have 6 to 11 digits including the leading 0</translation>
    </message>
    <message>
        <source>toll-free number &quot;%1&quot; has the wrong length</source>
        <translation>toll-free number &quot;%1&quot; has the wrong length</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot;: Italian numbers start with 0 (landline) or 3 (mobile)</source>
        <translation>phone number &quot;%1&quot;: Italian numbers start with 0 (landline) or 3 (mobile)</translation>
    </message>
</context>
<context>
    <name>PlanCalculator</name>
    <message>
        <source>total: the plan must cover an amount greater than zero</source>
        <translation>total: the plan must cover an amount greater than zero</translation>
    </message>
    <message>
        <source>discount: must be at least zero and less than the total</source>
        <translation>discount: must be at least zero and less than the total</translation>
    </message>
    <message>
        <source>downPayment: must be between zero and the amount to pay</source>
        <translation>downPayment: must be between zero and the amount to pay</translation>
    </message>
    <message>
        <source>firstDue: the first due date is missing</source>
        <translation>firstDue: the first due date is missing</translation>
    </message>
    <message>
        <source>firstDue: the first installment cannot be due in the past</source>
        <translation>firstDue: the first installment cannot be due in the past</translation>
    </message>
    <message>
        <source>firstDue: the first installment must fall within a year</source>
        <translation>firstDue: the first installment must fall within a year</translation>
    </message>
    <message>
        <source>installments: give a number of installments or an amount for each installment</source>
        <translation>installments: give a number of installments or an amount for each installment</translation>
    </message>
    <message>
        <source>installments: %1 installments is not a plan anybody can follow</source>
        <translation>installments: %1 installments is not a plan anybody can follow</translation>
    </message>
    <message>
        <source>installments: %1 installments would be smaller than one cent</source>
        <translation>installments: %1 installments would be smaller than one cent</translation>
    </message>
    <message>
        <source>the client allows at most %1 installments</source>
        <translation>the client allows at most %1 installments</translation>
    </message>
    <message>
        <source>installments must be at least %1</source>
        <translation>installments must be at least %1</translation>
    </message>
    <message>
        <source>the plan may last at most %1 months</source>
        <translation>the plan may last at most %1 months</translation>
    </message>
    <message>
        <source>a discount of %1% is beyond the client&apos;s mandate (at most %2%)</source>
        <translation>a discount of %1% is beyond the client&apos;s mandate (at most %2%)</translation>
    </message>
    <message>
        <source>a discount of %1% needs the team lead&apos;s approval (operators may grant %2%)</source>
        <translation>a discount of %1% needs the team lead&apos;s approval (operators may grant %2%)</translation>
    </message>
    <message>
        <source>a discount of %1% is beyond the team lead&apos;s authority (%2%): the client&apos;s rules allow no more</source>
        <translation>a discount of %1% is beyond the team lead&apos;s authority (%2%): the client&apos;s rules allow no more</translation>
    </message>
    <message>
        <source>an installment of %1 a month, more than the household can afford (%2), needs the team lead&apos;s approval</source>
        <translation>an installment of %1 a month, more than the household can afford (%2), needs the team lead&apos;s approval</translation>
    </message>
    <message>
        <source>Discount: write an amount or a percentage such as 10%</source>
        <translation>Discount: write an amount or a percentage such as 10%</translation>
    </message>
</context>
<context>
    <name>PlanLetter</name>
    <message>
        <source>Could not write the letter to %1.</source>
        <translation>Could not write the letter to %1.</translation>
    </message>
    <message>
        <source>The plan is no longer on the card.</source>
        <translation>The plan is no longer on the card.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Choose the bills the plan covers.</source>
        <translation>Choose the bills the plan covers.</translation>
    </message>
    <message>
        <source>A chosen bill does not belong to this debtor.</source>
        <translation>A chosen bill does not belong to this debtor.</translation>
    </message>
    <message>
        <source>A chosen bill is already paid.</source>
        <translation>A chosen bill is already paid.</translation>
    </message>
    <message>
        <source>Beyond the client&apos;s mandate: %1.</source>
        <translation>Beyond the client&apos;s mandate: %1.</translation>
    </message>
    <message>
        <source>The installment (%1 a month) is more than the household can afford (%2): lower it, or give the reason to go ahead.</source>
        <translation>The installment (%1 a month) is more than the household can afford (%2): lower it, or give the reason to go ahead.</translation>
    </message>
    <message>
        <source>Closing the previous plan</source>
        <translation>Closing the previous plan</translation>
    </message>
    <message>
        <source>Saving the plan</source>
        <translation>Saving the plan</translation>
    </message>
    <message>
        <source>Linking the bills to the plan</source>
        <translation>Linking the bills to the plan</translation>
    </message>
    <message>
        <source>Saving the installments</source>
        <translation>Saving the installments</translation>
    </message>
    <message>
        <source>Saving the conversation</source>
        <translation>Saving the conversation</translation>
    </message>
    <message>
        <source>Asking the team lead for approval</source>
        <translation>Asking the team lead for approval</translation>
    </message>
    <message>
        <source>Following the installments</source>
        <translation>Following the installments</translation>
    </message>
    <message>
        <source>Following the plans</source>
        <translation>Following the plans</translation>
    </message>
    <message>
        <source>Telling the team lead</source>
        <translation>Telling the team lead</translation>
    </message>
    <message>
        <source>Following the promises</source>
        <translation>Following the promises</translation>
    </message>
    <message>
        <source>There is no such plan.</source>
        <translation>There is no such plan.</translation>
    </message>
    <message>
        <source>decide on repayment plans</source>
        <translation>decide on repayment plans</translation>
    </message>
    <message>
        <source>This plan is no longer waiting for approval (%1).</source>
        <translation>This plan is no longer waiting for approval (%1).</translation>
    </message>
    <message>
        <source>Say why the plan is rejected: the operator will tell the debtor.</source>
        <translation>Say why the plan is rejected: the operator will tell the debtor.</translation>
    </message>
    <message>
        <source>This plan cannot be approved: %1.</source>
        <translation>This plan cannot be approved: %1.</translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translation>Recording the decision</translation>
    </message>
    <message>
        <source>Closing the approval</source>
        <translation>Closing the approval</translation>
    </message>
    <message>
        <source>Telling the operator</source>
        <translation>Telling the operator</translation>
    </message>
    <message>
        <source>The first installment fell due on %1 while the plan waited: agree new dates with the debtor in a new plan, or reject this one.</source>
        <translation>The first installment fell due on %1 while the plan waited: agree new dates with the debtor in a new plan, or reject this one.</translation>
    </message>
    <message>
        <source>Reading the plans waiting for approval</source>
        <translation>Reading the plans waiting for approval</translation>
    </message>
    <message>
        <source>the first installment fell due on %1 while the plan waited: amend it with new dates</source>
        <translation>the first installment fell due on %1 while the plan waited: amend it with new dates</translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation>Reading the plan</translation>
    </message>
    <message>
        <source>discount: it must be between 0 and the debt the plan covers.</source>
        <translation>discount: it must be between 0 and the debt the plan covers.</translation>
    </message>
    <message>
        <source>installments: a settlement in one payment has one installment.</source>
        <translation>installments: a settlement in one payment has one installment.</translation>
    </message>
    <message>
        <source>first due date: it must be today or later.</source>
        <translation>first due date: it must be today or later.</translation>
    </message>
    <message>
        <source>Closing the proposal</source>
        <translation>Closing the proposal</translation>
    </message>
    <message>
        <source>Saving the amended plan</source>
        <translation>Saving the amended plan</translation>
    </message>
    <message>
        <source>Reading the broken plans to review</source>
        <translation>Reading the broken plans to review</translation>
    </message>
    <message>
        <source>There is no such broken plan.</source>
        <translation>There is no such broken plan.</translation>
    </message>
    <message>
        <source>review broken plans</source>
        <translation>review broken plans</translation>
    </message>
    <message>
        <source>Closing the review</source>
        <translation>Closing the review</translation>
    </message>
    <message>
        <source>This broken plan was already reviewed.</source>
        <translation>This broken plan was already reviewed.</translation>
    </message>
    <message>
        <source>Saving the installments: %1</source>
        <translation>Saving the installments: %1</translation>
    </message>
    <message>
        <source>Taking back an approval</source>
        <translation>Taking back an approval</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>every %n minute(s), none yet</source>
        <translation>
            <numerusform>every %n minute, none yet</numerusform>
            <numerusform>every %n minutes, none yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityRepository</name>
    <message>
        <source>Reading the scorecard</source>
        <translation>Reading the scorecard</translation>
    </message>
    <message>
        <source>This scorecard is not in the store.</source>
        <translation>This scorecard is not in the store.</translation>
    </message>
    <message>
        <source>change the client&apos;s scorecard</source>
        <translation>change the client&apos;s scorecard</translation>
    </message>
    <message>
        <source>Saving the scorecard</source>
        <translation>Saving the scorecard</translation>
    </message>
    <message>
        <source>Reading the call</source>
        <translation>Reading the call</translation>
    </message>
    <message>
        <source>This call is not in the store.</source>
        <translation>This call is not in the store.</translation>
    </message>
    <message>
        <source>This call is not in your scope.</source>
        <translation>This call is not in your scope.</translation>
    </message>
    <message>
        <source>Reading the call&apos;s promise</source>
        <translation>Reading the call&apos;s promise</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Reading the call&apos;s survey</source>
        <translation>Reading the call&apos;s survey</translation>
    </message>
    <message>
        <source>CSAT %1/5</source>
        <translation>CSAT %1/5</translation>
    </message>
    <message>
        <source>CES %1/7</source>
        <translation>CES %1/7</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>score calls</source>
        <translation>score calls</translation>
    </message>
    <message>
        <source>Only an operator&apos;s calls are scored, not written messages.</source>
        <translation>Only an operator&apos;s calls are scored, not written messages.</translation>
    </message>
    <message>
        <source>This call has already been scored.</source>
        <translation>This call has already been scored.</translation>
    </message>
    <message>
        <source>Answer every item: &quot;%1&quot; has no answer.</source>
        <translation>Answer every item: &quot;%1&quot; has no answer.</translation>
    </message>
    <message>
        <source>Name the skill the coaching note is about.</source>
        <translation>Name the skill the coaching note is about.</translation>
    </message>
    <message>
        <source>The follow-up date is in the past.</source>
        <translation>The follow-up date is in the past.</translation>
    </message>
    <message>
        <source>Saving the evaluation</source>
        <translation>Saving the evaluation</translation>
    </message>
    <message>
        <source>Only the operator whose call was scored acknowledges or disputes the evaluation.</source>
        <translation>Only the operator whose call was scored acknowledges or disputes the evaluation.</translation>
    </message>
    <message>
        <source>This evaluation was already %1.</source>
        <translation>This evaluation was already %1.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>disputed</translation>
    </message>
    <message>
        <source>Say what you dispute: the team lead will answer it.</source>
        <translation>Say what you dispute: the team lead will answer it.</translation>
    </message>
    <message>
        <source>Saving your answer</source>
        <translation>Saving your answer</translation>
    </message>
    <message>
        <source>Reading the evaluation</source>
        <translation>Reading the evaluation</translation>
    </message>
    <message>
        <source>This evaluation is not in the store.</source>
        <translation>This evaluation is not in the store.</translation>
    </message>
    <message>
        <source>answer a disputed evaluation</source>
        <translation>answer a disputed evaluation</translation>
    </message>
    <message>
        <source>Only a disputed evaluation is answered.</source>
        <translation>Only a disputed evaluation is answered.</translation>
    </message>
    <message>
        <source>Write the answer the operator will read.</source>
        <translation>Write the answer the operator will read.</translation>
    </message>
    <message>
        <source>Saving the answer</source>
        <translation>Saving the answer</translation>
    </message>
    <message>
        <source>follow up coaching</source>
        <translation>follow up coaching</translation>
    </message>
    <message>
        <source>Saving the coaching</source>
        <translation>Saving the coaching</translation>
    </message>
    <message>
        <source>Reading the evaluations: %1</source>
        <translation>Reading the evaluations: %1</translation>
    </message>
    <message>
        <source>Reading the evaluations</source>
        <translation>Reading the evaluations</translation>
    </message>
    <message>
        <source>This evaluation is not in your scope.</source>
        <translation>This evaluation is not in your scope.</translation>
    </message>
    <message>
        <source>Counting the evaluations</source>
        <translation>Counting the evaluations</translation>
    </message>
    <message>
        <source>Reading the call&apos;s plan</source>
        <translation>Reading the call&apos;s plan</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>read this client&apos;s reports (its team leads and the administrators may)</source>
        <translation>read this client&apos;s reports (its team leads and the administrators may)</translation>
    </message>
    <message>
        <source>The period must start on or before the day it ends.</source>
        <translation>The period must start on or before the day it ends.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <source>No survey %1.</source>
        <translation>No survey %1.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>not yet due</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Days sales outstanding by month</source>
        <translation>Days sales outstanding by month</translation>
    </message>
    <message>
        <source>Simple: receivables at the month&apos;s end / billed in the three months to it x their days. Count-back: from the receivables, each month&apos;s billing is subtracted going back, counting its days, the last month as a fraction (robust to bimonthly bills).</source>
        <translation>Simple: receivables at the month&apos;s end / billed in the three months to it x their days. Count-back: from the receivables, each month&apos;s billing is subtracted going back, counting its days, the last month as a fraction (robust to bimonthly bills).</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Receivables at the end</source>
        <translation>Receivables at the end</translation>
    </message>
    <message>
        <source>Billed in the month</source>
        <translation>Billed in the month</translation>
    </message>
    <message>
        <source>DSO, simple</source>
        <translation>DSO, simple</translation>
    </message>
    <message>
        <source>DSO, count-back</source>
        <translation>DSO, count-back</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>%1 bills with a caring call, %2 without.</source>
        <translation>%1 bills with a caring call, %2 without.</translation>
    </message>
    <message>
        <source>Too few bills to say anything (at least %1 on each side are needed). %2</source>
        <translation>Too few bills to say anything (at least %1 on each side are needed). %2</translation>
    </message>
    <message>
        <source>Bills were paid on time more often after a caring call: %1 percentage points more (± %2), debtors of the same aging class compared. %3</source>
        <translation>Bills were paid on time more often after a caring call: %1 percentage points more (± %2), debtors of the same aging class compared. %3</translation>
    </message>
    <message>
        <source>Bills were paid on time less often after a caring call: %1 percentage points fewer (± %2), debtors of the same aging class compared. %3</source>
        <translation>Bills were paid on time less often after a caring call: %1 percentage points fewer (± %2), debtors of the same aging class compared. %3</translation>
    </message>
    <message>
        <source>No clear difference: %1 percentage points (± %2) is within what chance makes, debtors of the same aging class compared. %3</source>
        <translation>No clear difference: %1 percentage points (± %2) is within what chance makes, debtors of the same aging class compared. %3</translation>
    </message>
    <message>
        <source>Aging of the portfolio</source>
        <translation>Aging of the portfolio</translation>
    </message>
    <message>
        <source>What is owed by days past the due date, on the day before the period and on its last day.</source>
        <translation>What is owed by days past the due date, on the day before the period and on its last day.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Bills at the closing</source>
        <translation>Bills at the closing</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Opening receivables</source>
        <translation>Opening receivables</translation>
    </message>
    <message>
        <source>Billed in the period</source>
        <translation>Billed in the period</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Closing receivables</source>
        <translation>Closing receivables</translation>
    </message>
    <message>
        <source>Closing receivables not yet due</source>
        <translation>Closing receivables not yet due</translation>
    </message>
    <message>
        <source>Collection effectiveness index</source>
        <translation>Collection effectiveness index</translation>
    </message>
    <message>
        <source>(opening + billed / months - closing) / (opening + billed / months - closing not yet due) x 100; 100% is perfect.</source>
        <translation>(opening + billed / months - closing) / (opening + billed / months - closing not yet due) x 100; 100% is perfect.</translation>
    </message>
    <message>
        <source>Roll rates and cure rate</source>
        <translation>Roll rates and cure rate</translation>
    </message>
    <message>
        <source>Roll rate: what is in the next class at the closing / what was in a class at the opening. Cure rate: debtors with something overdue at the opening who had nothing overdue at the closing.</source>
        <translation>Roll rate: what is in the next class at the closing / what was in a class at the opening. Cure rate: debtors with something overdue at the opening who had nothing overdue at the closing.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>In the class at the opening</source>
        <translation>In the class at the opening</translation>
    </message>
    <message>
        <source>In the next at the closing</source>
        <translation>In the next at the closing</translation>
    </message>
    <message>
        <source>Roll rate</source>
        <translation>Roll rate</translation>
    </message>
    <message>
        <source>Cure rate</source>
        <translation>Cure rate</translation>
    </message>
    <message>
        <source>%1 of %2 debtors</source>
        <translation>%1 of %2 debtors</translation>
    </message>
    <message>
        <source>Collections by month and channel</source>
        <translation>Collections by month and channel</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Stair-step: collected as a share of what was placed</source>
        <translation>Stair-step: collected as a share of what was placed</translation>
    </message>
    <message>
        <source>By month of placement (a bill is placed when it is issued: the caring method starts before its due date), cumulative, by months since placement.</source>
        <translation>By month of placement (a bill is placed when it is issued: the caring method starts before its due date), cumulative, by months since placement.</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>Placed in</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Collected to date</source>
        <translation>Collected to date</translation>
    </message>
    <message>
        <source>Liquidation</source>
        <translation>Liquidation</translation>
    </message>
    <message>
        <source>Plans in force</source>
        <translation>Plans in force</translation>
    </message>
    <message>
        <source>Plans agreed in the period</source>
        <translation>Plans agreed in the period</translation>
    </message>
    <message>
        <source>Amount financed</source>
        <translation>Amount financed</translation>
    </message>
    <message>
        <source>Of which renegotiations</source>
        <translation>Of which renegotiations</translation>
    </message>
    <message>
        <source>Plans completed</source>
        <translation>Plans completed</translation>
    </message>
    <message>
        <source>Plans broken</source>
        <translation>Plans broken</translation>
    </message>
    <message>
        <source>Installments due</source>
        <translation>Installments due</translation>
    </message>
    <message>
        <source>Paid by their due date</source>
        <translation>Paid by their due date</translation>
    </message>
    <message>
        <source>Installments paid on time</source>
        <translation>Installments paid on time</translation>
    </message>
    <message>
        <source>Repayment plans</source>
        <translation>Repayment plans</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Promises made</translation>
    </message>
    <message>
        <source>Amount promised</source>
        <translation>Amount promised</translation>
    </message>
    <message>
        <source>Promises that fell due</source>
        <translation>Promises that fell due</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>Kept rate</source>
        <translation>Kept rate</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Promises to pay</translation>
    </message>
    <message>
        <source>Kept rate: promises paid in full by their date / promises that fell due in the period.</source>
        <translation>Kept rate: promises paid in full by their date / promises that fell due in the period.</translation>
    </message>
    <message>
        <source>Contacts and outcomes</source>
        <translation>Contacts and outcomes</translation>
    </message>
    <message>
        <source>Right-party contact rate: calls in which the debtor was spoken to / call attempts.</source>
        <translation>Right-party contact rate: calls in which the debtor was spoken to / call attempts.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Of the step before</source>
        <translation>Of the step before</translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation>Call attempts</translation>
    </message>
    <message>
        <source>Right-party contacts</source>
        <translation>Right-party contacts</translation>
    </message>
    <message>
        <source>Calls ending in a promise, a plan or a payment</source>
        <translation>Calls ending in a promise, a plan or a payment</translation>
    </message>
    <message>
        <source>Debtors spoken to</source>
        <translation>Debtors spoken to</translation>
    </message>
    <message>
        <source>... who paid in the period</source>
        <translation>... who paid in the period</translation>
    </message>
    <message>
        <source>Reasons for non-payment</source>
        <translation>Reasons for non-payment</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Emotions recognised</source>
        <translation>Emotions recognised</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Satisfaction after the call</source>
        <translation>Satisfaction after the call</translation>
    </message>
    <message>
        <source>CSAT: share of answers 4 or 5 of 5. CES: average of 1-7 (7 = very easy). NPS: promoters (9-10) minus detractors (0-6).</source>
        <translation>CSAT: share of answers 4 or 5 of 5. CES: average of 1-7 (7 = very easy). NPS: promoters (9-10) minus detractors (0-6).</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>CSAT answers</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES answers</source>
        <translation>CES answers</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS answers</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Complaints about the client&apos;s service</source>
        <translation>Complaints about the client&apos;s service</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Days to resolve (average)</source>
        <translation>Days to resolve (average)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Held by the debtor&apos;s own interlocutor</source>
        <translation>Held by the debtor&apos;s own interlocutor</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>Continuity</translation>
    </message>
    <message>
        <source>Handovers to another interlocutor</source>
        <translation>Handovers to another interlocutor</translation>
    </message>
    <message>
        <source>Continuity of the interlocutor</source>
        <translation>Continuity of the interlocutor</translation>
    </message>
    <message>
        <source>The caring effect</source>
        <translation>The caring effect</translation>
    </message>
    <message>
        <source>Debtor&apos;s aging class at the opening</source>
        <translation>Debtor&apos;s aging class at the opening</translation>
    </message>
    <message>
        <source>Bills after a caring call</source>
        <translation>Bills after a caring call</translation>
    </message>
    <message>
        <source>Paid by the due date</source>
        <translation>Paid by the due date</translation>
    </message>
    <message>
        <source>Bills without</source>
        <translation>Bills without</translation>
    </message>
    <message>
        <source>Paid by the due date (without)</source>
        <translation>Paid by the due date (without)</translation>
    </message>
    <message>
        <source>Difference (points)</source>
        <translation>Difference (points)</translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>nothing overdue</translation>
    </message>
    <message>
        <source>overdue up to 90 days</source>
        <translation>overdue up to 90 days</translation>
    </message>
    <message>
        <source>overdue longer</source>
        <translation>overdue longer</translation>
    </message>
    <message>
        <source>All (difference weighted by class)</source>
        <translation>All (difference weighted by class)</translation>
    </message>
    <message>
        <source>Placed in the period</source>
        <translation>Placed in the period</translation>
    </message>
    <message>
        <source>Collected in the period</source>
        <translation>Collected in the period</translation>
    </message>
    <message>
        <source>Owed at the end of the period</source>
        <translation>Owed at the end of the period</translation>
    </message>
    <message>
        <source>DSO at the end of the period (count-back)</source>
        <translation>DSO at the end of the period (count-back)</translation>
    </message>
    <message>
        <source>Plans agreed</source>
        <translation>Plans agreed</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promises kept</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Liquidation: collected in the period / placed in the period.</source>
        <translation>Liquidation: collected in the period / placed in the period.</translation>
    </message>
    <message>
        <source>Caring calls before the due date</source>
        <translation>Caring calls before the due date</translation>
    </message>
    <message>
        <source>Written messages</source>
        <translation>Written messages</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Surveys answered</source>
        <translation>Surveys answered</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>In the debtors&apos; own words</source>
        <translation>In the debtors&apos; own words</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Complaints, one by one</source>
        <translation>Complaints, one by one</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Days open</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reasons for non-payment that point at your process</source>
        <translation>Reasons for non-payment that point at your process</translation>
    </message>
    <message>
        <source>Of %1 calls in which a reason was given.</source>
        <translation>Of %1 calls in which a reason was given.</translation>
    </message>
    <message>
        <source>Closed and returned</source>
        <translation>Closed and returned</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Owed at the opening</source>
        <translation>Owed at the opening</translation>
    </message>
    <message>
        <source>Returned unpaid</source>
        <translation>Returned unpaid</translation>
    </message>
    <message>
        <source>plan completed</source>
        <translation>plan completed</translation>
    </message>
    <message>
        <source>end of mandate</source>
        <translation>end of mandate</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>Management fee (%1 a month)</source>
        <translation>Management fee (%1 a month)</translation>
    </message>
    <message>
        <source>Success fee (%1% of what was collected)</source>
        <translation>Success fee (%1% of what was collected)</translation>
    </message>
    <message>
        <source>Total due for the period</source>
        <translation>Total due for the period</translation>
    </message>
    <message>
        <source>Commission statement</source>
        <translation>Commission statement</translation>
    </message>
    <message>
        <source>Amounts net of VAT. The management fee of a month the period covers in part is counted by its days.</source>
        <translation>Amounts net of VAT. The management fee of a month the period covers in part is counted by its days.</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>prescribed</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>disputed</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>en</source>
        <extracomment>The code of this translation&apos;s language: &quot;it&quot; in the Italian one.</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <source>The scorecard has no section.</source>
        <translation>The scorecard has no section.</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>section %1</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;</source>
        <translation>section &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: every section needs its own code.</source>
        <translation>%1: every section needs its own code.</translation>
    </message>
    <message>
        <source>%1 has no title.</source>
        <translation>%1 has no title.</translation>
    </message>
    <message>
        <source>%1: the weight must be above 0 (it is %2).</source>
        <translation>%1: the weight must be above 0 (it is %2).</translation>
    </message>
    <message>
        <source>%1 has no item.</source>
        <translation>%1 has no item.</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, item %2</translation>
    </message>
    <message>
        <source>%1: every item needs its own code.</source>
        <translation>%1: every item needs its own code.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) has no text.</source>
        <translation>%1 (&quot;%2&quot;) has no text.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;): points must be 1 or more.</source>
        <translation>%1 (&quot;%2&quot;): points must be 1 or more.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;): unknown prefill &quot;%3&quot;.</source>
        <translation>%1 (&quot;%2&quot;): unknown prefill &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The section weights add up to %1 %; they must add up to 100 %.</source>
        <translation>The section weights add up to %1 %; they must add up to 100 %.</translation>
    </message>
    <message>
        <source>The scorecard is not readable JSON: %1 (at character %2).</source>
        <translation>The scorecard is not readable JSON: %1 (at character %2).</translation>
    </message>
</context>
<context>
    <name>ScriptLibrary</name>
    <message>
        <source>(not available)</source>
        <translation>(not available)</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: not valid JSON at character %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2, step %3</source>
        <translation>%1: %2, step %3</translation>
    </message>
    <message>
        <source>%1: unknown kind &quot;%2&quot;.</source>
        <translation>%1: unknown kind &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: a step needs a title and a text.</source>
        <translation>%1: a step needs a title and a text.</translation>
    </message>
    <message>
        <source>%1: unknown placeholder {%2}.</source>
        <translation>%1: unknown placeholder {%2}.</translation>
    </message>
    <message>
        <source>%1: {%2} reveals the debt before the identity check.</source>
        <translation>%1: {%2} reveals the debt before the identity check.</translation>
    </message>
    <message>
        <source>%1: %2 has no identity check.</source>
        <translation>%1: %2 has no identity check.</translation>
    </message>
    <message>
        <source>%1: a script has no purpose.</source>
        <translation>%1: a script has no purpose.</translation>
    </message>
    <message>
        <source>script &quot;%1&quot;</source>
        <translation>script &quot;%1&quot;</translation>
    </message>
    <message>
        <source>third-party message</source>
        <translation>third-party message</translation>
    </message>
    <message>
        <source>vulnerability disclosure</source>
        <translation>vulnerability disclosure</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>You are not allowed to %1.</source>
        <translation>You are not allowed to %1.</translation>
    </message>
</context>
<context>
    <name>StoreBootstrap</name>
    <message>
        <source>%1 already exists; choose another file for the demo portfolio.</source>
        <translation>%1 already exists; choose another file for the demo portfolio.</translation>
    </message>
    <message>
        <source>Could not move the demo portfolio to %1.</source>
        <translation>Could not move the demo portfolio to %1.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The demo portfolio has broken references (%1).</source>
        <translation>The demo portfolio has broken references (%1).</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>integrity check failed to run: %1</source>
        <translation>integrity check failed to run: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integrity: %1</translation>
    </message>
    <message>
        <source>broken reference: a row of %1 points to a missing %2</source>
        <translation>broken reference: a row of %1 points to a missing %2</translation>
    </message>
    <message>
        <source>... and %1 more broken references</source>
        <translation>... and %1 more broken references</translation>
    </message>
    <message>
        <source>schema version %1, expected %2</source>
        <translation>schema version %1, expected %2</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>table %1 is missing</translation>
    </message>
    <message>
        <source>%1 bills are paid more than their amount</source>
        <translation>%1 bills are paid more than their amount</translation>
    </message>
    <message>
        <source>%1 bills disagree with the payments allocated to them</source>
        <translation>%1 bills disagree with the payments allocated to them</translation>
    </message>
    <message>
        <source>%1 debtors have a stored balance that disagrees with their bills</source>
        <translation>%1 debtors have a stored balance that disagrees with their bills</translation>
    </message>
    <message>
        <source>%1 portfolio rows are filed under another client or operator</source>
        <translation>%1 portfolio rows are filed under another client or operator</translation>
    </message>
</context>
<context>
    <name>SubjectAccessReport</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Supplies</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>How payments were applied</source>
        <translation>How payments were applied</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Promises to pay</translation>
    </message>
    <message>
        <source>Repayment plans</source>
        <translation>Repayment plans</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Installments</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Interlocutors</source>
        <translation>Interlocutors</translation>
    </message>
    <message>
        <source>Calls being written</source>
        <translation>Calls being written</translation>
    </message>
    <message>
        <source>Operations on these data</source>
        <translation>Operations on these data</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Personal data held about %1</translation>
    </message>
    <message>
        <source>Prepared on %1 by %2 in answer to an access request (GDPR art. 15). The same data, complete, are in the JSON file beside this one.</source>
        <translation>Prepared on %1 by %2 in answer to an access request (GDPR art. 15). The same data, complete, are in the JSON file beside this one.</translation>
    </message>
    <message>
        <source>Registry data</source>
        <translation>Registry data</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
</context>
<context>
    <name>SyncAuthority</name>
    <message>
        <source>it does not say who made it</source>
        <translation>it does not say who made it</translation>
    </message>
    <message>
        <source>it was made by user %1, whom this store does not know</source>
        <translation>it was made by user %1, whom this store does not know</translation>
    </message>
    <message>
        <source>it was made by %1, whose account is deactivated</source>
        <translation>it was made by %1, whose account is deactivated</translation>
    </message>
    <message>
        <source>it was made by %1 (%2): only an administrator sets up clients</source>
        <translation>it was made by %1 (%2): only an administrator sets up clients</translation>
    </message>
    <message>
        <source>it was made by %1 (%2): only an administrator changes users, roles and passwords</source>
        <translation>it was made by %1 (%2): only an administrator changes users, roles and passwords</translation>
    </message>
    <message>
        <source>it turns a plan waiting for approval active without naming who approved it</source>
        <translation>it turns a plan waiting for approval active without naming who approved it</translation>
    </message>
    <message>
        <source>it names as approver user %1, whom this store does not know</source>
        <translation>it names as approver user %1, whom this store does not know</translation>
    </message>
    <message>
        <source>it names as approver %1, whose account is deactivated</source>
        <translation>it names as approver %1, whose account is deactivated</translation>
    </message>
    <message>
        <source>it names as approver %1 (%2): only a team lead of the plan&apos;s client or an administrator approves plans</source>
        <translation>it names as approver %1 (%2): only a team lead of the plan&apos;s client or an administrator approves plans</translation>
    </message>
    <message>
        <source>its author (user %1) is not known to this store</source>
        <translation>its author (user %1) is not known to this store</translation>
    </message>
    <message>
        <source>its author %1 is deactivated</source>
        <translation>its author %1 is deactivated</translation>
    </message>
    <message>
        <source>its author is %1 (%2): only a team lead of the client or an administrator scores calls</source>
        <translation>its author is %1 (%2): only a team lead of the client or an administrator scores calls</translation>
    </message>
    <message>
        <source>its author is %1 (%2): only an administrator erases a client&apos;s debtors</source>
        <translation>its author is %1 (%2): only an administrator erases a client&apos;s debtors</translation>
    </message>
    <message>
        <source>its author is %1 (%2): only a team lead of the client or an administrator assigns debtors</source>
        <translation>its author is %1 (%2): only a team lead of the client or an administrator assigns debtors</translation>
    </message>
    <message>
        <source>it is in force but nobody approved it</source>
        <translation>it is in force but nobody approved it</translation>
    </message>
    <message>
        <source>its approver (user %1) is not known to this store</source>
        <translation>its approver (user %1) is not known to this store</translation>
    </message>
    <message>
        <source>its approver %1 is deactivated</source>
        <translation>its approver %1 is deactivated</translation>
    </message>
    <message>
        <source>it was approved by %1 (%2), who did not make it</source>
        <translation>it was approved by %1 (%2), who did not make it</translation>
    </message>
    <message>
        <source>its discount is beyond the operator&apos;s authority: a team lead approves it</source>
        <translation>its discount is beyond the operator&apos;s authority: a team lead approves it</translation>
    </message>
    <message>
        <source>it is more than the household can afford: a team lead approves it</source>
        <translation>it is more than the household can afford: a team lead approves it</translation>
    </message>
</context>
<context>
    <name>SyncBundle</name>
    <message>
        <source>the table %1 is missing</source>
        <translation>the table %1 is missing</translation>
    </message>
    <message>
        <source>it is not an Ascolto sync bundle (no header)</source>
        <translation>it is not an Ascolto sync bundle (no header)</translation>
    </message>
    <message>
        <source>it is not an Ascolto sync bundle (incomplete header)</source>
        <translation>it is not an Ascolto sync bundle (incomplete header)</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 was already applied: nothing changed.</source>
        <translation>Bundle %1 from %2 was already applied: nothing changed.</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 applied: %3 new rows, %4 updated, %5 older kept as they were, %6 conflicts logged.</source>
        <translation>Bundle %1 from %2 applied: %3 new rows, %4 updated, %5 older kept as they were, %6 conflicts logged.</translation>
    </message>
    <message>
        <source>There is no client with code %1.</source>
        <translation>There is no client with code %1.</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be written: %2</source>
        <translation>The bundle %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The bundle %1 is refused: %2</source>
        <translation>The bundle %1 is refused: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>it cannot be opened</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (%1)</source>
        <translation>the file is damaged or truncated (%1)</translation>
    </message>
    <message>
        <source>it was made by a newer Ascolto (bundle format %1, this one reads up to %2): update this workstation first</source>
        <translation>it was made by a newer Ascolto (bundle format %1, this one reads up to %2): update this workstation first</translation>
    </message>
    <message>
        <source>it was made by a newer Ascolto (store schema %1, this one knows up to %2): update this workstation first</source>
        <translation>it was made by a newer Ascolto (store schema %1, this one knows up to %2): update this workstation first</translation>
    </message>
    <message>
        <source>it was made by this workstation</source>
        <translation>it was made by this workstation</translation>
    </message>
    <message>
        <source>it was made for another workstation (%1)</source>
        <translation>it was made for another workstation (%1)</translation>
    </message>
    <message>
        <source>client %1 in the bundle is not the same client %1 as in this store (different installation)</source>
        <translation>client %1 in the bundle is not the same client %1 as in this store (different installation)</translation>
    </message>
    <message>
        <source>it carries data of client %1, which this store does not serve</source>
        <translation>it carries data of client %1, which this store does not serve</translation>
    </message>
    <message>
        <source>the columns of %1 differ from this store&apos;s</source>
        <translation>the columns of %1 differ from this store&apos;s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it refers to rows this store does not have (for example a debtor never received): apply the earlier bundles first, or ask for a full bundle</source>
        <translation>it refers to rows this store does not have (for example a debtor never received): apply the earlier bundles first, or ask for a full bundle</translation>
    </message>
    <message>
        <source>Refused and audited: %1.</source>
        <translation>Refused and audited: %1.</translation>
    </message>
    <message>
        <source>the change to user %1 is refused: %2</source>
        <translation>the change to user %1 is refused: %2</translation>
    </message>
    <message>
        <source>the change to client %1 is refused: %2</source>
        <translation>the change to client %1 is refused: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n protection(s) (do not contact, hold, vulnerability, opt-out) kept against a concurrent clear.</source>
        <translation>
            <numerusform>%n protection (do not contact, hold, vulnerability, opt-out) kept against a concurrent clear.</numerusform>
            <numerusform>%n protections (do not contact, hold, vulnerability, opt-out) kept against a concurrent clear.</numerusform>
        </translation>
    </message>
    <message>
        <source>This store has no head office to send its work to: name the device the bundle is for (--for-device), once it is enrolled here with its key (ascolto-cli device enrol).</source>
        <translation>This store has no head office to send its work to: name the device the bundle is for (--for-device), once it is enrolled here with its key (ascolto-cli device enrol).</translation>
    </message>
    <message>
        <source>No bundle for device %1: it is not enrolled here, and a bundle is only written, encrypted, for an enrolled device (ascolto-cli device enrol).</source>
        <translation>No bundle for device %1: it is not enrolled here, and a bundle is only written, encrypted, for an enrolled device (ascolto-cli device enrol).</translation>
    </message>
    <message>
        <source>No bundle for device %1: it was revoked on %2.</source>
        <translation>No bundle for device %1: it was revoked on %2.</translation>
    </message>
    <message>
        <source>it was made by an older Ascolto (bundle format %1, without the field stamps this one merges by): update the sending workstation and export a new bundle there</source>
        <translation>it was made by an older Ascolto (bundle format %1, without the field stamps this one merges by): update the sending workstation and export a new bundle there</translation>
    </message>
    <message>
        <source>it comes from device %1 (key %2), which is not enrolled here: an administrator enrols it first</source>
        <translation>it comes from device %1 (key %2), which is not enrolled here: an administrator enrols it first</translation>
    </message>
    <message>
        <source>its sender, device %1, was revoked on %2</source>
        <translation>its sender, device %1, was revoked on %2</translation>
    </message>
    <message>
        <source>it is signed with a key that is not the one enrolled here for device %1</source>
        <translation>it is signed with a key that is not the one enrolled here for device %1</translation>
    </message>
    <message>
        <source>No bundle for device %1: nobody is enrolled to log in there, and a bundle never carries everything by default (enrol it again with its users).</source>
        <translation>No bundle for device %1: nobody is enrolled to log in there, and a bundle never carries everything by default (enrol it again with its users).</translation>
    </message>
    <message>
        <source>the approval of plan %1 is refused: %2</source>
        <translation>the approval of plan %1 is refused: %2</translation>
    </message>
    <message>
        <source>(refused first: %1)</source>
        <translation>(refused first: %1)</translation>
    </message>
    <message>
        <source>the evaluation %1 is refused: %2</source>
        <translation>the evaluation %1 is refused: %2</translation>
    </message>
    <message>
        <source>the scorecard %1 is refused: %2</source>
        <translation>the scorecard %1 is refused: %2</translation>
    </message>
    <message>
        <source>it was made by an older Ascolto (store schema %1, this one %2: %3 differs): update the sending workstation and export a new bundle there</source>
        <translation>it was made by an older Ascolto (store schema %1, this one %2: %3 differs): update the sending workstation and export a new bundle there</translation>
    </message>
    <message>
        <source>its score or answers were changed on device %1, where no team lead of the client or administrator logs in</source>
        <translation>its score or answers were changed on device %1, where no team lead of the client or administrator logs in</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) of a client whose mandate ended erased here, as the erasure recorded at another office asks.</source>
        <translation>
            <numerusform>%n debtor of a client whose mandate ended erased here, as the erasure recorded at another office asks.</numerusform>
            <numerusform>%n debtors of a client whose mandate ended erased here, as the erasure recorded at another office asks.</numerusform>
        </translation>
    </message>
    <message>
        <source>the erasure %1 is refused: %2</source>
        <translation>the erasure %1 is refused: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) no longer in this workstation&apos;s users&apos; hands removed from it.</source>
        <translation>
            <numerusform>%n debtor no longer in this workstation&apos;s users&apos; hands removed from it.</numerusform>
            <numerusform>%n debtors no longer in this workstation&apos;s users&apos; hands removed from it.</numerusform>
        </translation>
    </message>
    <message>
        <source>the approval of new plan %1 is refused (it waits for the team lead): %2</source>
        <translation>the approval of new plan %1 is refused (it waits for the team lead): %2</translation>
    </message>
    <message>
        <source>the assignment of debtor %1 is refused: %2</source>
        <translation>the assignment of debtor %1 is refused: %2</translation>
    </message>
    <message>
        <source>no assignment by a team lead of the client or an administrator hands it to user %1</source>
        <translation>no assignment by a team lead of the client or an administrator hands it to user %1</translation>
    </message>
    <message>
        <source>the change of interlocutor of debtor %1 is refused: %2</source>
        <translation>the change of interlocutor of debtor %1 is refused: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 are refused: they belong to a client that the users of device %2 do not work for</source>
        <translation>
            <numerusform>%n row of %1 is refused: it belongs to a client that the users of device %2 do not work for</numerusform>
            <numerusform>%n rows of %1 are refused: they belong to a client that the users of device %2 do not work for</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskReason</name>
    <message>
        <source>Low score in the satisfaction survey</source>
        <translation>Low score in the satisfaction survey</translation>
    </message>
    <message>
        <source>Low score in the satisfaction survey: %1</source>
        <translation>Low score in the satisfaction survey: %1</translation>
    </message>
    <message>
        <source>Repayment plan broken: installments missed</source>
        <translation>Repayment plan broken: installments missed</translation>
    </message>
    <message>
        <source>Plan approved by %1: confirm it to the debtor</source>
        <translation>Plan approved by %1: confirm it to the debtor</translation>
    </message>
    <message>
        <source>Plan rejected by %1: %2. Agree another one with the debtor</source>
        <translation>Plan rejected by %1: %2. Agree another one with the debtor</translation>
    </message>
    <message numerus="yes">
        <source>Plan amended and approved by %1: %n installment(s) of %2 from %3</source>
        <translation>
            <numerusform>Plan amended and approved by %1: %n installment of %2 from %3</numerusform>
            <numerusform>Plan amended and approved by %1: %n installments of %2 from %3</numerusform>
        </translation>
    </message>
    <message>
        <source>, discount %1</source>
        <translation>, discount %1</translation>
    </message>
    <message>
        <source>. Confirm it to the debtor</source>
        <translation>. Confirm it to the debtor</translation>
    </message>
</context>
<context>
    <name>TeamBoardQuery</name>
    <message>
        <source>read the team board</source>
        <translation>read the team board</translation>
    </message>
    <message>
        <source>Reading the client&apos;s operators</source>
        <translation>Reading the client&apos;s operators</translation>
    </message>
    <message>
        <source>Reading the team board: %1</source>
        <translation>Reading the team board: %1</translation>
    </message>
    <message>
        <source>Reading the team board</source>
        <translation>Reading the team board</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>TeamKpi</name>
    <message>
        <source>Debtors</source>
        <translation>Debtors</translation>
    </message>
    <message>
        <source>Debtors the operator is the interlocutor of now.</source>
        <translation>Debtors the operator is the interlocutor of now.</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>What those debtors owe now, bills not yet due included.</source>
        <translation>What those debtors owe now, bills not yet due included.</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Payments received in the period from debtors while the operator was their interlocutor (a handed-over debtor&apos;s earlier payments stay with who held them).</source>
        <translation>Payments received in the period from debtors while the operator was their interlocutor (a handed-over debtor&apos;s earlier payments stay with who held them).</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Contact attempts</translation>
    </message>
    <message>
        <source>Calls the operator made or took in the period (phone and visits), answered or not.</source>
        <translation>Calls the operator made or took in the period (phone and visits), answered or not.</translation>
    </message>
    <message>
        <source>Right-party contacts</source>
        <translation>Right-party contacts</translation>
    </message>
    <message>
        <source>Of those calls, the ones in which the debtor was spoken to (not a relative, not an answering machine).</source>
        <translation>Of those calls, the ones in which the debtor was spoken to (not a relative, not an answering machine).</translation>
    </message>
    <message>
        <source>RPC rate</source>
        <translation>RPC rate</translation>
    </message>
    <message>
        <source>Right-party contacts / contact attempts.</source>
        <translation>Right-party contacts / contact attempts.</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Promises made</translation>
    </message>
    <message>
        <source>Promises to pay the operator took in the period.</source>
        <translation>Promises to pay the operator took in the period.</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promises kept</translation>
    </message>
    <message>
        <source>The operator&apos;s promises that fell due in the period and were paid in full by their date.</source>
        <translation>The operator&apos;s promises that fell due in the period and were paid in full by their date.</translation>
    </message>
    <message>
        <source>Promises broken</source>
        <translation>Promises broken</translation>
    </message>
    <message>
        <source>The operator&apos;s promises that fell due in the period and were not paid.</source>
        <translation>The operator&apos;s promises that fell due in the period and were not paid.</translation>
    </message>
    <message>
        <source>Kept rate</source>
        <translation>Kept rate</translation>
    </message>
    <message>
        <source>Promises kept / promises that fell due in the period (kept + broken; cancelled ones do not count).</source>
        <translation>Promises kept / promises that fell due in the period (kept + broken; cancelled ones do not count).</translation>
    </message>
    <message>
        <source>Plans active</source>
        <translation>Plans active</translation>
    </message>
    <message>
        <source>Plans the operator agreed that are in force now.</source>
        <translation>Plans the operator agreed that are in force now.</translation>
    </message>
    <message>
        <source>Plans completed</source>
        <translation>Plans completed</translation>
    </message>
    <message>
        <source>Plans the operator agreed that were paid off in the period.</source>
        <translation>Plans the operator agreed that were paid off in the period.</translation>
    </message>
    <message>
        <source>Plans broken</source>
        <translation>Plans broken</translation>
    </message>
    <message>
        <source>Plans the operator agreed that broke in the period.</source>
        <translation>Plans the operator agreed that broke in the period.</translation>
    </message>
    <message>
        <source>Caring calls</source>
        <translation>Caring calls</translation>
    </message>
    <message>
        <source>Calls made in the period before a bill fell due, to remind and help.</source>
        <translation>Calls made in the period before a bill fell due, to remind and help.</translation>
    </message>
    <message>
        <source>Caring: paid on time</source>
        <translation>Caring: paid on time</translation>
    </message>
    <message>
        <source>Of the bills those calls were about (due within the client&apos;s caring window after the call) that have fallen due, the share paid in full by the due date.</source>
        <translation>Of the bills those calls were about (due within the client&apos;s caring window after the call) that have fallen due, the share paid in full by the due date.</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Satisfaction after the operator&apos;s calls in the period: answers 4 or 5 of 5 / answers.</source>
        <translation>Satisfaction after the operator&apos;s calls in the period: answers 4 or 5 of 5 / answers.</translation>
    </message>
    <message>
        <source>CES (average)</source>
        <translation>CES (average)</translation>
    </message>
    <message>
        <source>Customer effort: mean answer, 1 (very hard) to 7 (very easy).</source>
        <translation>Customer effort: mean answer, 1 (very hard) to 7 (very easy).</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Net promoter score: % answering 9-10 minus % answering 0-6, from -100 to 100.</source>
        <translation>Net promoter score: % answering 9-10 minus % answering 0-6, from -100 to 100.</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>Complaints opened</translation>
    </message>
    <message>
        <source>Complaints about the client&apos;s service the operator recorded in the period, to report to the client.</source>
        <translation>Complaints about the client&apos;s service the operator recorded in the period, to report to the client.</translation>
    </message>
    <message>
        <source>Emotions recognised</source>
        <translation>Emotions recognised</translation>
    </message>
    <message>
        <source>Calls in the period in which the operator named the debtor&apos;s emotion.</source>
        <translation>Calls in the period in which the operator named the debtor&apos;s emotion.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <source>The operator&apos;s open tasks past their time, now.</source>
        <translation>The operator&apos;s open tasks past their time, now.</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>Continuity</translation>
    </message>
    <message>
        <source>Of the conversations in the period with the debtors the operator was interlocutor of, the share the operator held (not a colleague).</source>
        <translation>Of the conversations in the period with the debtors the operator was interlocutor of, the share the operator held (not a colleague).</translation>
    </message>
    <message>
        <source>Interlocutor changes</source>
        <translation>Interlocutor changes</translation>
    </message>
    <message>
        <source>Handovers in the last 12 months of the operator&apos;s debtors, per 100 debtors a year (the period does not change it).</source>
        <translation>Handovers in the last 12 months of the operator&apos;s debtors, per 100 debtors a year (the period does not change it).</translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>Type a date, e.g. %1.</source>
        <translation>Type a date, e.g. %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type day, month and year, e.g. %2.</source>
        <translation>&quot;%1&quot; is not a date: type day, month and year, e.g. %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2.</source>
        <translation>&quot;%1&quot;: there is no month %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: that month has no day %2.</source>
        <translation>&quot;%1&quot;: that month has no day %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: type hours and minutes, e.g. 19:30.</source>
        <translation>&quot;%1&quot; is not a time: type hours and minutes, e.g. 19:30.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>create users</source>
        <translation>create users</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>The user name is empty.</translation>
    </message>
    <message>
        <source>An operator or team lead must work for a client.</source>
        <translation>An operator or team lead must work for a client.</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>The user name %1 is taken.</translation>
    </message>
    <message>
        <source>The client of the new user does not exist.</source>
        <translation>The client of the new user does not exist.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>This account is disabled; ask your administrator.</source>
        <translation>This account is disabled; ask your administrator.</translation>
    </message>
    <message>
        <source>This account has an unknown role.</source>
        <translation>This account has an unknown role.</translation>
    </message>
    <message>
        <source>Unknown user.</source>
        <translation>Unknown user.</translation>
    </message>
    <message>
        <source>An administrator works for the whole firm, not for one client.</source>
        <translation>An administrator works for the whole firm, not for one client.</translation>
    </message>
    <message>
        <source>A user name is 2 to 40 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>A user name is 2 to 40 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>deactivate users</source>
        <translation>deactivate users</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: create or reactivate another one first, or nobody could manage this store.</source>
        <translation>%1 is the last active administrator: create or reactivate another one first, or nobody could manage this store.</translation>
    </message>
    <message>
        <source>Changing the user</source>
        <translation>Changing the user</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>reset passwords</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choose a password different from the current one.</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Changing the password</translation>
    </message>
    <message>
        <source>change users</source>
        <translation>change users</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for %1: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts for %1: try again in %n second.</numerusform>
            <numerusform>Too many failed attempts for %1: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkQueueQuery</name>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Promise due</translation>
    </message>
    <message>
        <source>Promise not kept</source>
        <translation>Promise not kept</translation>
    </message>
    <message>
        <source>Installment overdue</source>
        <translation>Installment overdue</translation>
    </message>
    <message>
        <source>Installment due</source>
        <translation>Installment due</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Close the loop</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Caring call</source>
        <translation>Caring call</translation>
    </message>
    <message>
        <source>The debtor asked to be called back at %1</source>
        <translation>The debtor asked to be called back at %1</translation>
    </message>
    <message>
        <source>Unhappy after the last contact: call to understand</source>
        <translation>Unhappy after the last contact: call to understand</translation>
    </message>
    <message>
        <source>Promised to pay %1 today</source>
        <translation>Promised to pay %1 today</translation>
    </message>
    <message>
        <source>Promised %1 by %2: not received</source>
        <translation>Promised %1 by %2: not received</translation>
    </message>
    <message>
        <source>installment %1 of %2</source>
        <translation>installment %1 of %2</translation>
    </message>
    <message>
        <source>%1 (%2) overdue since %3</source>
        <translation>%1 (%2) overdue since %3</translation>
    </message>
    <message>
        <source>%1 (%2) due on %3: a reminder before the date</source>
        <translation>%1 (%2) due on %3: a reminder before the date</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 overdue since %3 (%n day(s))</source>
        <translation>
            <numerusform>%1: %2 overdue since %3 (%n day)</numerusform>
            <numerusform>%1: %2 overdue since %3 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>A bill falls due on %1 and its arrival is not confirmed: check it was received and the payment channels are known</source>
        <translation>A bill falls due on %1 and its arrival is not confirmed: check it was received and the payment channels are known</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>A plan waits for your approval: %1</source>
        <translation>A plan waits for your approval: %1</translation>
    </message>
    <message>
        <source>To review: %1</source>
        <translation>To review: %1</translation>
    </message>
    <message>
        <source>A plan waits for your approval: beyond what the household can afford (&quot;%1&quot;)</source>
        <translation>A plan waits for your approval: beyond what the household can afford (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>A plan waits for your approval</source>
        <translation>A plan waits for your approval</translation>
    </message>
</context>
<context>
    <name>ascolto-cli</name>
    <message>
        <source>Reports: %1</source>
        <translation>Reports: %1</translation>
    </message>
    <message>
        <source>Periodic report: %1</source>
        <translation>Periodic report: %1</translation>
    </message>
</context>
<context>
    <name>ascolto::AbsencesDialog</name>
    <message>
        <source>Add the absence</source>
        <translation>Add the absence</translation>
    </message>
    <message>
        <source>End it now</source>
        <translation>End it now</translation>
    </message>
    <message>
        <source>Absences and backups</source>
        <translation>Absences and backups</translation>
    </message>
    <message>
        <source>e.g. holidays, training; what the backup should know</source>
        <translation>e.g. holidays, training; what the backup should know</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Covered by</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>While an absence lasts, the backup&apos;s Today and portfolio include the absent colleague&apos;s debtors; their interlocutor stays the same, and the backup&apos;s calls count as a colleague&apos;s.</source>
        <translation>While an absence lasts, the backup&apos;s Today and portfolio include the absent colleague&apos;s debtors; their interlocutor stays the same, and the backup&apos;s calls count as a colleague&apos;s.</translation>
    </message>
    <message>
        <source>Away:</source>
        <translation>Away:</translation>
    </message>
    <message>
        <source>Covered by:</source>
        <translation>Covered by:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To (included):</source>
        <translation>To (included):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>ended early</translation>
    </message>
    <message>
        <source>%1 is away from %2 to %3; %4 covers.</source>
        <translation>%1 is away from %2 to %3; %4 covers.</translation>
    </message>
    <message>
        <source>Choose the absence to end.</source>
        <translation>Choose the absence to end.</translation>
    </message>
    <message>
        <source>The absence of %1 is ended: %2 no longer covers.</source>
        <translation>The absence of %1 is ended: %2 no longer covers.</translation>
    </message>
</context>
<context>
    <name>ascolto::AdminMenu</name>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>Set-up &amp;checklist...</source>
        <translation>Set-up &amp;checklist...</translation>
    </message>
    <message>
        <source>&amp;New client...</source>
        <translation>&amp;New client...</translation>
    </message>
    <message>
        <source>&amp;Edit client</source>
        <translation>&amp;Edit client</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>&amp;Users...</translation>
    </message>
    <message>
        <source>&amp;Assign unassigned debtors</source>
        <translation>&amp;Assign unassigned debtors</translation>
    </message>
    <message>
        <source>Each client&apos;s rule gives its debtors without an operator to its active operators; assigned debtors never move.</source>
        <translation>Each client&apos;s rule gives its debtors without an operator to its active operators; assigned debtors never move.</translation>
    </message>
    <message>
        <source>Every debtor already has an operator.</source>
        <translation>Every debtor already has an operator.</translation>
    </message>
</context>
<context>
    <name>ascolto::ApprovalsView</name>
    <message numerus="yes">
        <source>%n installment(s) of %1 from %2</source>
        <translation>
            <numerusform>%n installment of %1 from %2</numerusform>
            <numerusform>%n installments of %1 from %2</numerusform>
        </translation>
    </message>
    <message>
        <source>discount %1 (operators: %2)</source>
        <translation>discount %1 (operators: %2)</translation>
    </message>
    <message>
        <source>above what the household can afford</source>
        <translation>above what the household can afford</translation>
    </message>
    <message>
        <source>renegotiation</source>
        <translation>renegotiation</translation>
    </message>
    <message>
        <source>cannot be approved as it is: %1</source>
        <translation>cannot be approved as it is: %1</translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>Nothing waits for your decision.</translation>
    </message>
    <message>
        <source>Cannot be approved as it is: %1. Amend it.</source>
        <translation>Cannot be approved as it is: %1. Amend it.</translation>
    </message>
    <message>
        <source>The proposal</source>
        <translation>The proposal</translation>
    </message>
    <message>
        <source>The client&apos;s mandate</source>
        <translation>The client&apos;s mandate</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>The household</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message>
        <source>Debt covered: %1</source>
        <translation>Debt covered: %1</translation>
    </message>
    <message>
        <source>Discount: %1 (%2)</source>
        <translation>Discount: %1 (%2)</translation>
    </message>
    <message>
        <source>Down payment: %1</source>
        <translation>Down payment: %1</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2</source>
        <translation>Proposed by %1 on %2</translation>
    </message>
    <message>
        <source>Renegotiates the plan in force, which stays until this is approved</source>
        <translation>Renegotiates the plan in force, which stays until this is approved</translation>
    </message>
    <message>
        <source>Operators grant up to %1</source>
        <translation>Operators grant up to %1</translation>
    </message>
    <message>
        <source>Team leads up to %1</source>
        <translation>Team leads up to %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n installment(s)</source>
        <translation>
            <numerusform>At most %n installment</numerusform>
            <numerusform>At most %n installments</numerusform>
        </translation>
    </message>
    <message>
        <source>Installments of at least %1</source>
        <translation>Installments of at least %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n month(s)</source>
        <translation>
            <numerusform>At most %n month</numerusform>
            <numerusform>At most %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Net income: %1 a month</source>
        <translation>Net income: %1 a month</translation>
    </message>
    <message>
        <source>Essential costs: %1</source>
        <translation>Essential costs: %1</translation>
    </message>
    <message>
        <source>Can pay up to %1 a month</source>
        <translation>Can pay up to %1 a month</translation>
    </message>
    <message>
        <source>&lt;b&gt;Above what they can afford.&lt;/b&gt; The operator&apos;s reason: %1</source>
        <translation>&lt;b&gt;Above what they can afford.&lt;/b&gt; The operator&apos;s reason: %1</translation>
    </message>
    <message>
        <source>Not assessed with the debtor</source>
        <translation>Not assessed with the debtor</translation>
    </message>
    <message>
        <source>Cannot be approved as it is: %1. Amend it, or reject it.</source>
        <translation>Cannot be approved as it is: %1. Amend it, or reject it.</translation>
    </message>
    <message>
        <source>The letter to the debtor</source>
        <translation>The letter to the debtor</translation>
    </message>
    <message>
        <source>%1 Letter: %2</source>
        <translation>%1 Letter: %2</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Approve the plan</translation>
    </message>
    <message>
        <source>Plan of %1 approved: %2 is told.</source>
        <translation>Plan of %1 approved: %2 is told.</translation>
    </message>
    <message>
        <source>Reject the plan of %1</source>
        <translation>Reject the plan of %1</translation>
    </message>
    <message>
        <source>Plan of %1 rejected: %2 is told why.</source>
        <translation>Plan of %1 rejected: %2 is told why.</translation>
    </message>
    <message>
        <source>Amend the plan of %1</source>
        <translation>Amend the plan of %1</translation>
    </message>
    <message>
        <source>amount or percentage, e.g. 10%</source>
        <translation>amount or percentage, e.g. 10%</translation>
    </message>
    <message numerus="yes">
        <source>The debtor pays %1: %n installment(s) of %2 until %3; discount %4 (%5).</source>
        <translation>
            <numerusform>The debtor pays %1: %n installment of %2 until %3; discount %4 (%5).</numerusform>
            <numerusform>The debtor pays %1: %n installments of %2 until %3; discount %4 (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Installments:</source>
        <translation>Installments:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Discount:</translation>
    </message>
    <message>
        <source>First installment on:</source>
        <translation>First installment on:</translation>
    </message>
    <message>
        <source>Amend and approve</source>
        <translation>Amend and approve</translation>
    </message>
    <message>
        <source>Within your authority (up to %1 discount) the amended plan is in force at once; %2 is told what changed and confirms it to the debtor.</source>
        <translation>Within your authority (up to %1 discount) the amended plan is in force at once; %2 is told what changed and confirms it to the debtor.</translation>
    </message>
    <message>
        <source>Plan of %1 amended and approved: %2 is told what changed.</source>
        <translation>Plan of %1 amended and approved: %2 is told what changed.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Why it waits</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Amend…</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Open the card</translation>
    </message>
    <message numerus="yes">
        <source>broken on %1 (%n installment(s) missed): to review</source>
        <translation>
            <numerusform>broken on %1 (%n installment missed): to review</numerusform>
            <numerusform>broken on %1 (%n installments missed): to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Waiting for your decision&lt;/b&gt; — %n plan(s), oldest first; broken plans to review last</source>
        <translation>
            <numerusform>&lt;b&gt;Waiting for your decision&lt;/b&gt; — %n plan, oldest first; broken plans to review last</numerusform>
            <numerusform>&lt;b&gt;Waiting for your decision&lt;/b&gt; — %n plans, oldest first; broken plans to review last</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Broken on %1&lt;/b&gt;: %n installment(s) missed, %2 paid before it broke. Open the card to renegotiate with the debtor, or mark it reviewed.</source>
        <translation>
            <numerusform>&lt;b&gt;Broken on %1&lt;/b&gt;: %n installment missed, %2 paid before it broke. Open the card to renegotiate with the debtor, or mark it reviewed.</numerusform>
            <numerusform>&lt;b&gt;Broken on %1&lt;/b&gt;: %n installments missed, %2 paid before it broke. Open the card to renegotiate with the debtor, or mark it reviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the broken plan</source>
        <translation>Review the broken plan</translation>
    </message>
    <message>
        <source>Broken plan of %1 reviewed.</source>
        <translation>Broken plan of %1 reviewed.</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>The broken plan was looked at: its review leaves the list</source>
        <translation>The broken plan was looked at: its review leaves the list</translation>
    </message>
</context>
<context>
    <name>ascolto::AuditLog</name>
    <message>
        <source>row %1 of the chain is missing (the next one is %2): a row was deleted</source>
        <translation>row %1 of the chain is missing (the next one is %2): a row was deleted</translation>
    </message>
    <message>
        <source>it does not follow the row before it: a row was inserted, replaced or changed</source>
        <translation>it does not follow the row before it: a row was inserted, replaced or changed</translation>
    </message>
    <message>
        <source>its values were changed after it was written</source>
        <translation>its values were changed after it was written</translation>
    </message>
</context>
<context>
    <name>ascolto::CallListModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>ascolto::CallListView</name>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Calls&lt;/b&gt; — %n call(s) and message(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Calls&lt;/b&gt; — %n call and message</numerusform>
            <numerusform>&lt;b&gt;Calls&lt;/b&gt; — %n calls and messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Every operator</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Every purpose</source>
        <translation>Every purpose</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Every outcome</translation>
    </message>
    <message>
        <source>Enter or double-click opens the debtor&apos;s card with the call</source>
        <translation>Enter or double-click opens the debtor&apos;s card with the call</translation>
    </message>
    <message>
        <source>Score the call…</source>
        <translation>Score the call…</translation>
    </message>
    <message>
        <source>Score the selected call on the client&apos;s scorecard, or read its evaluation (Ctrl+Shift+S)</source>
        <translation>Score the selected call on the client&apos;s scorecard, or read its evaluation (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Any emotion</source>
        <translation>Any emotion</translation>
    </message>
    <message>
        <source>Any satisfaction</source>
        <translation>Any satisfaction</translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation>Surveyed</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Dissatisfied: CSAT 1-2 or NPS 0-6 after the call</source>
        <translation>Dissatisfied: CSAT 1-2 or NPS 0-6 after the call</translation>
    </message>
    <message>
        <source>Scored or not</source>
        <translation>Scored or not</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Not scored yet</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
</context>
<context>
    <name>ascolto::CallReviewDialog</name>
    <message>
        <source>Debtor:</source>
        <translation>Debtor:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>%1, %2 min %3 s</source>
        <translation>%1, %2 min %3 s</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identity:</translation>
    </message>
    <message>
        <source>confirmed before any detail of the debt</source>
        <translation>confirmed before any detail of the debt</translation>
    </message>
    <message>
        <source>someone else answered: safe message only</source>
        <translation>someone else answered: safe message only</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>Contact rules:</source>
        <translation>Contact rules:</translation>
    </message>
    <message>
        <source>the call was outside the rules and no reason is recorded</source>
        <translation>the call was outside the rules and no reason is recorded</translation>
    </message>
    <message>
        <source>outside the rules; reason: %1</source>
        <translation>outside the rules; reason: %1</translation>
    </message>
    <message>
        <source>Emotion:</source>
        <translation>Emotion:</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>none named</translation>
    </message>
    <message>
        <source>Checklist ticked:</source>
        <translation>Checklist ticked:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Reason for non-payment:</source>
        <translation>Reason for non-payment:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Promise:</translation>
    </message>
    <message>
        <source>Survey:</source>
        <translation>Survey:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Score the call with %1</source>
        <translation>Score the call with %1</translation>
    </message>
    <message>
        <source>The call as recorded</source>
        <translation>The call as recorded</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Prefilled from what the store recorded of the call; change it if the call says otherwise.</source>
        <translation>Prefilled from what the store recorded of the call; change it if the call says otherwise.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;(fatal: a no sets the score to 0)&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;(fatal: a no sets the score to 0)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scorecard&lt;/b&gt;, version %1</source>
        <translation>&lt;b&gt;Scorecard&lt;/b&gt;, version %1</translation>
    </message>
    <message>
        <source>What went well and what to work on, for the operator</source>
        <translation>What went well and what to work on, for the operator</translation>
    </message>
    <message>
        <source>Coaching: what to practise, how</source>
        <translation>Coaching: what to practise, how</translation>
    </message>
    <message>
        <source>e.g. naming the emotion, proposing an affordable plan</source>
        <translation>e.g. naming the emotion, proposing an affordable plan</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>Skill to work on:</source>
        <translation>Skill to work on:</translation>
    </message>
    <message>
        <source>Coaching note:</source>
        <translation>Coaching note:</translation>
    </message>
    <message>
        <source>Follow-up on:</source>
        <translation>Follow-up on:</translation>
    </message>
    <message>
        <source>Save the evaluation</source>
        <translation>Save the evaluation</translation>
    </message>
    <message>
        <source>Score: &lt;b&gt;%1&lt;/b&gt; / 100</source>
        <translation>Score: &lt;b&gt;%1&lt;/b&gt; / 100</translation>
    </message>
    <message>
        <source>fatal: %1</source>
        <translation>fatal: %1</translation>
    </message>
    <message>
        <source>some items have no answer yet</source>
        <translation>some items have no answer yet</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Script:</translation>
    </message>
    <message>
        <source>Emotions marked during the call:</source>
        <translation>Emotions marked during the call:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n installment(s), %2 from %3 (%4)</source>
        <translation>
            <numerusform>%1, %n installment, %2 from %3 (%4)</numerusform>
            <numerusform>%1, %n installments, %2 from %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Its steps:</source>
        <translation>Its steps:</translation>
    </message>
</context>
<context>
    <name>ascolto::CallWorkspace</name>
    <message>
        <source>Say why the call goes ahead despite the contact rules.</source>
        <translation>Say why the call goes ahead despite the contact rules.</translation>
    </message>
    <message>
        <source>Check the identity first: Alt+Y if it is the debtor, Alt+T if someone else answered.</source>
        <translation>Check the identity first: Alt+Y if it is the debtor, Alt+T if someone else answered.</translation>
    </message>
    <message>
        <source>No script for this purpose.</source>
        <translation>No script for this purpose.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Promise to pay: %1</source>
        <translation>Promise to pay: %1</translation>
    </message>
    <message>
        <source>Discard the call</source>
        <translation>Discard the call</translation>
    </message>
    <message>
        <source>Discard this call and everything noted in it?</source>
        <translation>Discard this call and everything noted in it?</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Call with %1</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Call duration</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Purpose: %1</translation>
    </message>
    <message>
        <source>Number: none chosen</source>
        <translation>Number: none chosen</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NOT verified</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opted out</translation>
    </message>
    <message>
        <source>Number: %1 (%2)</source>
        <translation>Number: %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The contact rules advise against this call:&lt;/b&gt; %1.&lt;br/&gt;Go ahead only with a reason (for example: the debtor asked for this callback); it is recorded.</source>
        <translation>&lt;b&gt;The contact rules advise against this call:&lt;/b&gt; %1.&lt;br/&gt;Go ahead only with a reason (for example: the debtor asked for this callback); it is recorded.</translation>
    </message>
    <message>
        <source>Contact rules overridden (%1): %2</source>
        <translation>Contact rules overridden (%1): %2</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Go ahead</translation>
    </message>
    <message>
        <source>It is the debtor (Alt+Y)</source>
        <translation>It is the debtor (Alt+Y)</translation>
    </message>
    <message>
        <source>Not the debtor (Alt+T)</source>
        <translation>Not the debtor (Alt+T)</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Identity confirmed</translation>
    </message>
    <message>
        <source>Third party: no debt details</source>
        <translation>Third party: no debt details</translation>
    </message>
    <message>
        <source>Identity not checked yet</source>
        <translation>Identity not checked yet</translation>
    </message>
    <message>
        <source>Who answered?</source>
        <translation>Who answered?</translation>
    </message>
    <message>
        <source>family member</source>
        <translation>family member</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>workplace</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Empathy (Alt+E)</source>
        <translation>Empathy (Alt+E)</translation>
    </message>
    <message>
        <source>Notes and outcome (Alt+N)</source>
        <translation>Notes and outcome (Alt+N)</translation>
    </message>
    <message>
        <source>Satisfaction (Alt+S)</source>
        <translation>Satisfaction (Alt+S)</translation>
    </message>
    <message>
        <source>Mark the emotion you recognise to see what helps.</source>
        <translation>Mark the emotion you recognise to see what helps.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation>What to avoid</translation>
    </message>
    <message>
        <source>Vulnerability disclosed… (Alt+V)</source>
        <translation>Vulnerability disclosed… (Alt+V)</translation>
    </message>
    <message>
        <source>Recorded with consent: %1</source>
        <translation>Recorded with consent: %1</translation>
    </message>
    <message>
        <source>Reason for non-payment</source>
        <translation>Reason for non-payment</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>(not asked)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nothing planned</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>callback</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>reminder</translation>
    </message>
    <message>
        <source>repayment plan</source>
        <translation>repayment plan</translation>
    </message>
    <message>
        <source>amount, e.g. 50,00</source>
        <translation>amount, e.g. 50,00</translation>
    </message>
    <message>
        <source>Date the debtor will pay by</source>
        <translation>Date the debtor will pay by</translation>
    </message>
    <message>
        <source>(channel)</source>
        <translation>(channel)</translation>
    </message>
    <message>
        <source>The debtor asks not to be called on this number again</source>
        <translation>The debtor asks not to be called on this number again</translation>
    </message>
    <message>
        <source>CSAT, satisfaction (1-5)</source>
        <translation>CSAT, satisfaction (1-5)</translation>
    </message>
    <message>
        <source>CES, ease (1-7)</source>
        <translation>CES, ease (1-7)</translation>
    </message>
    <message>
        <source>NPS, recommend (0-10)</source>
        <translation>NPS, recommend (0-10)</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>Their words</translation>
    </message>
    <message>
        <source>Save call (Ctrl+Enter)</source>
        <translation>Save call (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Why the call goes ahead (the reason, not the person&apos;s details: it is audited)</source>
        <translation>Why the call goes ahead (the reason, not the person&apos;s details: it is audited)</translation>
    </message>
</context>
<context>
    <name>ascolto::ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>Your password was reset by an administrator. Choose a new one to go on.</source>
        <translation>Your password was reset by an administrator. Choose a new one to go on.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>ascolto::ClientDialog</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>Contact rules</source>
        <translation>Contact rules</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Escalation ladder</translation>
    </message>
    <message>
        <source>Payments, assignment, scripts</source>
        <translation>Payments, assignment, scripts</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>IBAN for bank transfers</source>
        <translation>IBAN for bank transfers</translation>
    </message>
    <message>
        <source>PagoPA creditor code</source>
        <translation>PagoPA creditor code</translation>
    </message>
    <message>
        <source>Customer service phone</source>
        <translation>Customer service phone</translation>
    </message>
    <message>
        <source>Customer service e-mail</source>
        <translation>Customer service e-mail</translation>
    </message>
    <message>
        <source>e.g. ACQUA-NORD</source>
        <translation>e.g. ACQUA-NORD</translation>
    </message>
    <message>
        <source>Most installments</source>
        <translation>Most installments</translation>
    </message>
    <message>
        <source>Smallest installment (€)</source>
        <translation>Smallest installment (€)</translation>
    </message>
    <message>
        <source>Longest plan (months)</source>
        <translation>Longest plan (months)</translation>
    </message>
    <message>
        <source>Operator&apos;s discount authority (%)</source>
        <translation>Operator&apos;s discount authority (%)</translation>
    </message>
    <message>
        <source>Team lead&apos;s discount authority (%)</source>
        <translation>Team lead&apos;s discount authority (%)</translation>
    </message>
    <message>
        <source>Protected minimum for living (€)</source>
        <translation>Protected minimum for living (€)</translation>
    </message>
    <message>
        <source>Missed installments that break a plan</source>
        <translation>Missed installments that break a plan</translation>
    </message>
    <message>
        <source>Days late that break a plan</source>
        <translation>Days late that break a plan</translation>
    </message>
    <message>
        <source>Formal notice not before (days after due)</source>
        <translation>Formal notice not before (days after due)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>Monday to Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>No calls on Sundays and national holidays (code of conduct).</source>
        <translation>No calls on Sundays and national holidays (code of conduct).</translation>
    </message>
    <message>
        <source>Conversations per debtor per day</source>
        <translation>Conversations per debtor per day</translation>
    </message>
    <message>
        <source>Caring calls start (days before due)</source>
        <translation>Caring calls start (days before due)</translation>
    </message>
    <message>
        <source>Softest first: each stage starts the given number of days after the oldest unpaid due date.</source>
        <translation>Softest first: each stage starts the given number of days after the oldest unpaid due date.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>From day</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Payment channels the client accepts:</source>
        <translation>Payment channels the client accepts:</translation>
    </message>
    <message>
        <source>Debtors nobody owns yet go to:</source>
        <translation>Debtors nobody owns yet go to:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Provinces (MI, MB...)</source>
        <translation>Provinces (MI, MB...)</translation>
    </message>
    <message>
        <source>A debtor already assigned never moves: that is a reassignment, with a handover note.</source>
        <translation>A debtor already assigned never moves: that is a reassignment, with a handover note.</translation>
    </message>
    <message>
        <source>Load call scripts or templates...</source>
        <translation>Load call scripts or templates...</translation>
    </message>
    <message>
        <source>Give the client a code first.</source>
        <translation>Give the client a code first.</translation>
    </message>
    <message>
        <source>Client&apos;s call scripts or templates</source>
        <translation>Client&apos;s call scripts or templates</translation>
    </message>
    <message>
        <source>Scripts and templates (calls_*.json education_*.json)</source>
        <translation>Scripts and templates (calls_*.json education_*.json)</translation>
    </message>
    <message>
        <source>%1 checked and installed for %2.</source>
        <translation>%1 checked and installed for %2.</translation>
    </message>
    <message>
        <source>Lock an idle window after (minutes)</source>
        <translation>Lock an idle window after (minutes)</translation>
    </message>
    <message>
        <source>Mandate ended on</source>
        <translation>Mandate ended on</translation>
    </message>
    <message>
        <source>End of the mandate</source>
        <translation>End of the mandate</translation>
    </message>
    <message>
        <source>Keep the debtors after it (months)</source>
        <translation>Keep the debtors after it (months)</translation>
    </message>
    <message>
        <source>When this time has passed since the end of the mandate, an administrator erases the client&apos;s debtors from every office (ascolto-cli client erase).</source>
        <translation>When this time has passed since the end of the mandate, an administrator erases the client&apos;s debtors from every office (ascolto-cli client erase).</translation>
    </message>
    <message>
        <source>Management fee per month (€)</source>
        <translation>Management fee per month (€)</translation>
    </message>
    <message>
        <source>Success fee (% of what is collected)</source>
        <translation>Success fee (% of what is collected)</translation>
    </message>
    <message>
        <source>Language of the client&apos;s reports</source>
        <translation>Language of the client&apos;s reports</translation>
    </message>
</context>
<context>
    <name>ascolto::ComplaintDialog</name>
    <message>
        <source>Complaint for the client - %1</source>
        <translation>Complaint for the client - %1</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, due %2</translation>
    </message>
    <message>
        <source>What went wrong with the service, as the debtor tells it</source>
        <translation>What went wrong with the service, as the debtor tells it</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Open complaint</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Bills concerned:</source>
        <translation>Bills concerned:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>The bills concerned are put on hold: no reminders and no formal notice until the complaint is resolved.</source>
        <translation>The bills concerned are put on hold: no reminders and no formal notice until the complaint is resolved.</translation>
    </message>
</context>
<context>
    <name>ascolto::ConflictReviewDialog</name>
    <message>
        <source>Show &amp;reviewed conflicts too</source>
        <translation>Show &amp;reviewed conflicts too</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>Overwritten</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Overwritten value</source>
        <translation>Overwritten value</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Mark reviewed</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Record that you looked at the selected conflicts</source>
        <translation>Record that you looked at the selected conflicts</translation>
    </message>
    <message>
        <source>this workstation</source>
        <translation>this workstation</translation>
    </message>
    <message>
        <source>workstation %1</source>
        <translation>workstation %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Installment</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Message template</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Assigned operator</source>
        <translation>Assigned operator</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Hold until</source>
        <translation>Hold until</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>No sync conflicts to review.</source>
        <translation>No sync conflicts to review.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review. Two offices changed the same field while apart: the later change was kept everywhere, and the overwritten value is shown below. Anything worth keeping is entered again on the debtor&apos;s card.</source>
        <translation>
            <numerusform>%n conflict to review. Two offices changed the same field while apart: the later change was kept everywhere, and the overwritten value is shown below. Anything worth keeping is entered again on the debtor&apos;s card.</numerusform>
            <numerusform>%n conflicts to review. Two offices changed the same field while apart: the later change was kept everywhere, and the overwritten value is shown below. Anything worth keeping is entered again on the debtor&apos;s card.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ascolto::DailyScheduler</name>
    <message>
        <source>The daily check failed: %1. It runs again at the next start or change of day.</source>
        <translation>The daily check failed: %1. It runs again at the next start or change of day.</translation>
    </message>
    <message>
        <source>The daily check could not open the store: %1</source>
        <translation>The daily check could not open the store: %1</translation>
    </message>
</context>
<context>
    <name>ascolto::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <source>Choose on the calendar</source>
        <translation>Choose on the calendar</translation>
    </message>
</context>
<context>
    <name>ascolto::DebtorCardView</name>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Start call (Ctrl+Shift+C)</source>
        <translation>Start call (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Record payment (Ctrl+Shift+P)</source>
        <translation>Record payment (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Complaint (Ctrl+Shift+K)</source>
        <translation>Complaint (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Bill received (Ctrl+Shift+R)</source>
        <translation>Bill received (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Bills (%1)</source>
        <translation>Bills (%1)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promises</translation>
    </message>
    <message>
        <source>Calls and notes</source>
        <translation>Calls and notes</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Customer code: %1</source>
        <translation>Customer code: %1</translation>
    </message>
    <message>
        <source>Tax code: %1</source>
        <translation>Tax code: %1</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>VAT number: %1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Born: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Vulnerability: %1 (handle with care; no formal notice without review)</source>
        <translation>Vulnerability: %1 (handle with care; no formal notice without review)</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>On hold: %1</translation>
    </message>
    <message>
        <source>Interlocutor: %1</source>
        <translation>Interlocutor: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> since %1</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Outstanding: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message numerus="yes">
        <source>Oldest unpaid due %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Oldest unpaid due %1 (%n day ago)</numerusform>
            <numerusform>Oldest unpaid due %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next bill due %1</source>
        <translation>Next bill due %1</translation>
    </message>
    <message>
        <source>Credit on account: %1</source>
        <translation>Credit on account: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NOT verified</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opted out</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Interlocutor</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>%1 of %2 installments paid</source>
        <translation>%1 of %2 installments paid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Bill received</source>
        <translation>Bill received</translation>
    </message>
    <message>
        <source>Select in the list the bill the debtor confirms receiving.</source>
        <translation>Select in the list the bill the debtor confirms receiving.</translation>
    </message>
    <message>
        <source>New plan (Ctrl+Shift+N)</source>
        <translation>New plan (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Plan active. Letter: %1</source>
        <translation>Plan active. Letter: %1</translation>
    </message>
    <message>
        <source>a complaint about the bills is open</source>
        <translation>a complaint about the bills is open</translation>
    </message>
    <message>
        <source>Message (Ctrl+Shift+M)</source>
        <translation>Message (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Forwarded to the client</source>
        <translation>Forwarded to the client</translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation>Resolved…</translation>
    </message>
    <message>
        <source>Call scripts</source>
        <translation>Call scripts</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>Cannot be sent: %1.</source>
        <translation>Cannot be sent: %1.</translation>
    </message>
    <message>
        <source>Select a complaint in the list.</source>
        <translation>Select a complaint in the list.</translation>
    </message>
    <message>
        <source>Record that the debtor received bill %1 (due %2, %3)?</source>
        <translation>Record that the debtor received bill %1 (due %2, %3)?</translation>
    </message>
    <message>
        <source>Bill %1 recorded as received.</source>
        <translation>Bill %1 recorded as received.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has a repayment plan of %2 (%n installment(s)). A new plan replaces it: the current one is closed as renegotiated when the new one takes effect (at once, or when the team lead approves it). Prepare a new plan?</source>
        <translation>
            <numerusform>%1 already has a repayment plan of %2 (%n installment). A new plan replaces it: the current one is closed as renegotiated when the new one takes effect (at once, or when the team lead approves it). Prepare a new plan?</numerusform>
            <numerusform>%1 already has a repayment plan of %2 (%n installments). A new plan replaces it: the current one is closed as renegotiated when the new one takes effect (at once, or when the team lead approves it). Prepare a new plan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Call with %1 saved.</source>
        <translation>Call with %1 saved.</translation>
    </message>
    <message>
        <source>Callback on %1.</source>
        <translation>Callback on %1.</translation>
    </message>
    <message>
        <source>Promise to pay %1 by %2.</source>
        <translation>Promise to pay %1 by %2.</translation>
    </message>
    <message>
        <source>Payment recorded: %1 now owes %2.</source>
        <translation>Payment recorded: %1 now owes %2.</translation>
    </message>
    <message>
        <source>Complaint recorded: reminders for its bills wait until it is resolved.</source>
        <translation>Complaint recorded: reminders for its bills wait until it is resolved.</translation>
    </message>
    <message>
        <source>Data held…</source>
        <translation>Data held…</translation>
    </message>
    <message>
        <source>Access request: write everything held about this debtor as a PDF to read and a JSON file</source>
        <translation>Access request: write everything held about this debtor as a PDF to read and a JSON file</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Access request</translation>
    </message>
    <message>
        <source>Write everything Ascolto holds about %1 (registry data, bills, payments, calls and notes, plans, complaints, surveys and the operations on them) as a PDF and a JSON file? The request is recorded.</source>
        <translation>Write everything Ascolto holds about %1 (registry data, bills, payments, calls and notes, plans, complaints, surveys and the operations on them) as a PDF and a JSON file? The request is recorded.</translation>
    </message>
    <message>
        <source>Data held about %1 written to %2</source>
        <translation>Data held about %1 written to %2</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Approve the plan</translation>
    </message>
    <message>
        <source>Reject the plan…</source>
        <translation>Reject the plan…</translation>
    </message>
    <message>
        <source>Approve the plan proposed for %1? The operator who proposed it is told, to confirm it to the debtor.</source>
        <translation>Approve the plan proposed for %1? The operator who proposed it is told, to confirm it to the debtor.</translation>
    </message>
    <message>
        <source>Reject the plan</source>
        <translation>Reject the plan</translation>
    </message>
    <message>
        <source>Plan of %1 rejected.</source>
        <translation>Plan of %1 rejected.</translation>
    </message>
    <message>
        <source>Plan waiting for the team lead&apos;s approval: the letter to the debtor is written once it is approved.</source>
        <translation>Plan waiting for the team lead&apos;s approval: the letter to the debtor is written once it is approved.</translation>
    </message>
    <message>
        <source>Plan of %1 approved. Letter: %2</source>
        <translation>Plan of %1 approved. Letter: %2</translation>
    </message>
    <message>
        <source>Handover note: %1</source>
        <translation>Handover note: %1</translation>
    </message>
    <message>
        <source>Correct details…</source>
        <translation>Correct details…</translation>
    </message>
    <message>
        <source>Rectification: correct the name, tax code, birth date, language or postal address the debtor says are wrong</source>
        <translation>Rectification: correct the name, tax code, birth date, language or postal address the debtor says are wrong</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>Correct details</translation>
    </message>
    <message>
        <source>Nothing to correct for %1.</source>
        <translation>Nothing to correct for %1.</translation>
    </message>
    <message numerus="yes">
        <source>Details of %1 corrected (%n field(s)).</source>
        <translation>
            <numerusform>Details of %1 corrected (%n field).</numerusform>
            <numerusform>Details of %1 corrected (%n fields).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ascolto::DebtorDetailsDialog</name>
    <message>
        <source>Correct the details of %1</source>
        <translation>Correct the details of %1</translation>
    </message>
    <message>
        <source>Correct what the debtor says is wrong. The change is recorded (who, when, which fields) and reaches the other offices.</source>
        <translation>Correct what the debtor says is wrong. The change is recorded (who, when, which fields) and reaches the other offices.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Tax code (codice fiscale)</source>
        <translation>Tax code (codice fiscale)</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code (CAP)</source>
        <translation>Postal code (CAP)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
</context>
<context>
    <name>ascolto::EvaluationDialog</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Dispute…</translation>
    </message>
    <message>
        <source>Answer the dispute</source>
        <translation>Answer the dispute</translation>
    </message>
    <message>
        <source>Coaching followed up</source>
        <translation>Coaching followed up</translation>
    </message>
    <message>
        <source>Evaluation acknowledged.</source>
        <translation>Evaluation acknowledged.</translation>
    </message>
    <message>
        <source>Evaluation disputed: the team lead will answer.</source>
        <translation>Evaluation disputed: the team lead will answer.</translation>
    </message>
    <message>
        <source>Dispute answered: the operator reads it in Evaluations.</source>
        <translation>Dispute answered: the operator reads it in Evaluations.</translation>
    </message>
    <message>
        <source>Coaching marked as followed up.</source>
        <translation>Coaching marked as followed up.</translation>
    </message>
    <message>
        <source>Coaching reopened.</source>
        <translation>Coaching reopened.</translation>
    </message>
    <message>
        <source>Evaluation of the call with %1</source>
        <translation>Evaluation of the call with %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: call with %2 on %3, scored &lt;b&gt;%4&lt;/b&gt; / 100 by %5 (scorecard version %6) — %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: call with %2 on %3, scored &lt;b&gt;%4&lt;/b&gt; / 100 by %5 (scorecard version %6) — %7</translation>
    </message>
    <message>
        <source> (fatal)</source>
        <translation> (fatal)</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>Skill to work on:</source>
        <translation>Skill to work on:</translation>
    </message>
    <message>
        <source>Coaching:</source>
        <translation>Coaching:</translation>
    </message>
    <message>
        <source>Follow-up on:</source>
        <translation>Follow-up on:</translation>
    </message>
    <message>
        <source>The operator&apos;s comment:</source>
        <translation>The operator&apos;s comment:</translation>
    </message>
    <message>
        <source>The team lead&apos;s answer:</source>
        <translation>The team lead&apos;s answer:</translation>
    </message>
    <message>
        <source>Your answer to the operator</source>
        <translation>Your answer to the operator</translation>
    </message>
    <message>
        <source>What you dispute, item by item (needed to dispute; optional to acknowledge)</source>
        <translation>What you dispute, item by item (needed to dispute; optional to acknowledge)</translation>
    </message>
</context>
<context>
    <name>ascolto::EvaluationListModel</name>
    <message>
        <source>to acknowledge</source>
        <translation>to acknowledge</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>disputed, waiting for an answer</source>
        <translation>disputed, waiting for an answer</translation>
    </message>
    <message>
        <source>dispute answered</source>
        <translation>dispute answered</translation>
    </message>
    <message>
        <source>0 (fatal)</source>
        <translation>0 (fatal)</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, done</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coaching follow-up</source>
        <translation>Coaching follow-up</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Scored by</translation>
    </message>
</context>
<context>
    <name>ascolto::EvaluationsView</name>
    <message numerus="yes">
        <source>&lt;b&gt;Evaluations of calls&lt;/b&gt; — %n evaluation(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Evaluations of calls&lt;/b&gt; — %n evaluation</numerusform>
            <numerusform>&lt;b&gt;Evaluations of calls&lt;/b&gt; — %n evaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) to answer</source>
        <translation>
            <numerusform>%n dispute to answer</numerusform>
            <numerusform>%n disputes to answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to acknowledge or dispute</source>
        <translation>
            <numerusform>%n to acknowledge or dispute</numerusform>
            <numerusform>%n to acknowledge or dispute</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click opens the evaluation</source>
        <translation>Enter or double-click opens the evaluation</translation>
    </message>
</context>
<context>
    <name>ascolto::ExportScheduler</name>
    <message>
        <source>off (no export folder configured)</source>
        <translation>off (no export folder configured)</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>failed at %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n change(s), into %2</source>
        <translation>
            <numerusform>%1, %n change, into %2</numerusform>
            <numerusform>%1, %n changes, into %2</numerusform>
        </translation>
    </message>
    <message>
        <source>failed at %1: %2 (nothing is lost: the next export catches up)</source>
        <translation>failed at %1: %2 (nothing is lost: the next export catches up)</translation>
    </message>
</context>
<context>
    <name>ascolto::FirstRunDialog</name>
    <message>
        <source>Ascolto - First start</source>
        <translation>Ascolto - First start</translation>
    </message>
    <message>
        <source>There is no Ascolto store on this workstation yet. How do you want to start?</source>
        <translation>There is no Ascolto store on this workstation yet. How do you want to start?</translation>
    </message>
    <message>
        <source>Open the &amp;demo portfolio (a fictional multiutility with 2,000 debtors)</source>
        <translation>Open the &amp;demo portfolio (a fictional multiutility with 2,000 debtors)</translation>
    </message>
    <message>
        <source>Start with an &amp;empty store and create the administrator</source>
        <translation>Start with an &amp;empty store and create the administrator</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>Enter the administrator&apos;s user name.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>ascolto::HubScheduler</name>
    <message>
        <source>hub: failed at %1: %2</source>
        <translation>hub: failed at %1: %2</translation>
    </message>
    <message>
        <source>hub unreachable at %1: %2 (the work stays here and goes by the export folder&apos;s files meanwhile)</source>
        <translation>hub unreachable at %1: %2 (the work stays here and goes by the export folder&apos;s files meanwhile)</translation>
    </message>
    <message numerus="yes">
        <source>hub: %1, %n row(s) sent</source>
        <translation>
            <numerusform>hub: %1, %n row sent</numerusform>
            <numerusform>hub: %1, %n rows sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received</source>
        <translation>
            <numerusform>, %n received</numerusform>
            <numerusform>, %n received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ascolto::IdleLock</name>
    <message>
        <source>Ascolto is locked</source>
        <translation>Ascolto is locked</translation>
    </message>
    <message numerus="yes">
        <source>The window was locked after %n minute(s) without activity. Type the password of %1 to go on: everything you were doing, a call included, is as you left it.</source>
        <translation>
            <numerusform>The window was locked after %n minute without activity. Type the password of %1 to go on: everything you were doing, a call included, is as you left it.</numerusform>
            <numerusform>The window was locked after %n minutes without activity. Type the password of %1 to go on: everything you were doing, a call included, is as you left it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Quit Ascolto</source>
        <translation>Quit Ascolto</translation>
    </message>
</context>
<context>
    <name>ascolto::ImportWizard</name>
    <message>
        <source>The client&apos;s file</source>
        <translation>The client&apos;s file</translation>
    </message>
    <message>
        <source>Debtors, bills or payments as the client sends them: CSV separated by &apos;;&apos; or &apos;,&apos;, in UTF-8 or Windows-1252.</source>
        <translation>Debtors, bills or payments as the client sends them: CSV separated by &apos;;&apos; or &apos;,&apos;, in UTF-8 or Windows-1252.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>&amp;Contents:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Check which column holds each field. Fields in bold are required. The choice is remembered for this client.</source>
        <translation>Check which column holds each field. Fields in bold are required. The choice is remembered for this client.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Amounts:</source>
        <translation>&amp;Amounts:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>When rows are rejected:</source>
        <translation>When rows are rejected:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>Import &amp;nothing (all or nothing)</source>
        <translation>Import &amp;nothing (all or nothing)</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows, report the others</source>
        <translation>Import the &amp;valid rows, report the others</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Stop import</translation>
    </message>
    <message>
        <source>Import a client file</source>
        <translation>Import a client file</translation>
    </message>
    <message>
        <source>Debtors, with contacts and supplies</source>
        <translation>Debtors, with contacts and supplies</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Payments and remittances</source>
        <translation>Payments and remittances</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>Path of the CSV file</translation>
    </message>
    <message>
        <source>Recognise (1.234,56 or 1234.56)</source>
        <translation>Recognise (1.234,56 or 1234.56)</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translation>Decimal comma (1.234,56)</translation>
    </message>
    <message>
        <source>Decimal point (1,234.56)</source>
        <translation>Decimal point (1,234.56)</translation>
    </message>
    <message>
        <source>Recognise (31/12/2026 or 2026-12-31)</source>
        <translation>Recognise (31/12/2026 or 2026-12-31)</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/2026)</source>
        <translation>Day/month/year (31/12/2026)</translation>
    </message>
    <message>
        <source>ISO (2026-12-31)</source>
        <translation>ISO (2026-12-31)</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, separator &apos;%3&apos;; the first %n row(s).</source>
        <translation>
            <numerusform>%1: %2, separator &apos;%3&apos;; the first %n row.</numerusform>
            <numerusform>%1: %2, separator &apos;%3&apos;; the first %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>Reading and checking the rows...</source>
        <translation>Reading and checking the rows...</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>line %1, %2: %3</translation>
    </message>
    <message>
        <source>Read %1 of %2 kB...</source>
        <translation>Read %1 of %2 kB...</translation>
    </message>
    <message>
        <source>Stopping: the store stays as it was...</source>
        <translation>Stopping: the store stays as it was...</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
    <message>
        <source>The import did not take place.</source>
        <translation>The import did not take place.</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>whole row</translation>
    </message>
    <message>
        <source>Every column of the file is imported.</source>
        <translation>Every column of the file is imported.</translation>
    </message>
    <message>
        <source>Not imported (no field chosen for them): %1</source>
        <translation>Not imported (no field chosen for them): %1</translation>
    </message>
    <message>
        <source>line %1, %2: %3 (warning: imported without this value)</source>
        <translation>line %1, %2: %3 (warning: imported without this value)</translation>
    </message>
</context>
<context>
    <name>ascolto::InvoiceListModel</name>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>certified e-mail</source>
        <translation>certified e-mail</translation>
    </message>
    <message>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>PagoPA notice</source>
        <translation>PagoPA notice</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>ascolto::KpiStrip</name>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>Days sales outstanding: what is still to be collected, divided by what was billed in the last 90 days, times 90. Billed in the last 90 days: %1.</source>
        <translation>Days sales outstanding: what is still to be collected, divided by what was billed in the last 90 days, times 90. Billed in the last 90 days: %1.</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>Collected this month</translation>
    </message>
    <message>
        <source>Promises due today</source>
        <translation>Promises due today</translation>
    </message>
    <message>
        <source>Installments due this week</source>
        <translation>Installments due this week</translation>
    </message>
    <message>
        <source>Caring calls pending</source>
        <translation>Caring calls pending</translation>
    </message>
    <message numerus="yes">
        <source>CSAT: share of 4-5 answers out of 5. CES: average ease, 1-7 (7 = very easy). NPS: promoters (9-10) minus detractors (0-6), in percent. Surveys: %n.</source>
        <translation>
            <numerusform>CSAT: share of 4-5 answers out of 5. CES: average ease, 1-7 (7 = very easy). NPS: promoters (9-10) minus detractors (0-6), in percent. Surveys: %n.</numerusform>
            <numerusform>CSAT: share of 4-5 answers out of 5. CES: average ease, 1-7 (7 = very easy). NPS: promoters (9-10) minus detractors (0-6), in percent. Surveys: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT · CES · NPS, 90 days</source>
        <translation>CSAT · CES · NPS, 90 days</translation>
    </message>
</context>
<context>
    <name>ascolto::LoginDialog</name>
    <message>
        <source>Ascolto - Log in</source>
        <translation>Ascolto - Log in</translation>
    </message>
    <message>
        <source>Welcome to Ascolto</source>
        <translation>Welcome to Ascolto</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>ascolto::MainWindow</name>
    <message>
        <source>Ascolto - %1</source>
        <translation>Ascolto - %1</translation>
    </message>
    <message>
        <source>all clients</source>
        <translation>all clients</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Ascolto</source>
        <translation>&amp;About Ascolto</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>The local store of this workstation</source>
        <translation>The local store of this workstation</translation>
    </message>
    <message>
        <source>Last export: never</source>
        <translation>Last export: never</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>Last export: %1</translation>
    </message>
    <message>
        <source>About Ascolto</source>
        <translation>About Ascolto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ascolto %1&lt;/h3&gt;&lt;p&gt;A workstation for credit management as customer care: caring calls before the due date, empathy-guided conversations, repayment plans the debtor can afford.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ascolto %1&lt;/h3&gt;&lt;p&gt;A workstation for credit management as customer care: caring calls before the due date, empathy-guided conversations, repayment plans the debtor can afford.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not saved last time reopened with everything typed in them.</source>
        <translation>
            <numerusform>%n call not saved last time reopened with everything typed in it.</numerusform>
            <numerusform>%n calls not saved last time reopened with everything typed in them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export now</source>
        <translation>&amp;Export now</translation>
    </message>
    <message>
        <source>Write the sync bundle and the activity CSV to the export folder now</source>
        <translation>Write the sync bundle and the activity CSV to the export folder now</translation>
    </message>
    <message>
        <source>&amp;Import client file...</source>
        <translation>&amp;Import client file...</translation>
    </message>
    <message>
        <source>Debtors, bills or payments from the client&apos;s CSV files</source>
        <translation>Debtors, bills or payments from the client&apos;s CSV files</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts...</source>
        <translation>Sync &amp;conflicts...</translation>
    </message>
    <message>
        <source>Rows both offices changed while apart, and what was overwritten</source>
        <translation>Rows both offices changed while apart, and what was overwritten</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) to review: File &gt; Sync conflicts.</source>
        <translation>
            <numerusform>%n sync conflict to review: File &gt; Sync conflicts.</numerusform>
            <numerusform>%n sync conflicts to review: File &gt; Sync conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <source>The call with %1 is not saved. Leave it anyway? Everything typed in it is kept and comes back when the card is opened again.</source>
        <translation>The call with %1 is not saved. Leave it anyway? Everything typed in it is kept and comes back when the card is opened again.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Choose debtors of one client: each client has its own operators.</source>
        <translation>Choose debtors of one client: each client has its own operators.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Score the call</source>
        <translation>Score the call</translation>
    </message>
    <message>
        <source>Evaluation saved: the operator reads it in Evaluations.</source>
        <translation>Evaluation saved: the operator reads it in Evaluations.</translation>
    </message>
    <message>
        <source>Evaluations (%1)</source>
        <translation>Evaluations (%1)</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Approvals (%1)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>ascolto::MessageDialog</name>
    <message>
        <source>Payment-education message - %1</source>
        <translation>Payment-education message - %1</translation>
    </message>
    <message>
        <source>Copy and record</source>
        <translation>Copy and record</translation>
    </message>
    <message>
        <source>Write to outbox and record</source>
        <translation>Write to outbox and record</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>%1 - not usable: %2</source>
        <translation>%1 - not usable: %2</translation>
    </message>
    <message>
        <source>(no contact for this channel)</source>
        <translation>(no contact for this channel)</translation>
    </message>
    <message>
        <source>Cannot be sent: %1.</source>
        <translation>Cannot be sent: %1.</translation>
    </message>
    <message>
        <source>Copied to the clipboard and recorded.</source>
        <translation>Copied to the clipboard and recorded.</translation>
    </message>
    <message>
        <source>Written to %1 and recorded.</source>
        <translation>Written to %1 and recorded.</translation>
    </message>
    <message>
        <source>Not offered: %1</source>
        <translation>Not offered: %1</translation>
    </message>
</context>
<context>
    <name>ascolto::NegotiationDialog</name>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 cannot be negative</translation>
    </message>
    <message>
        <source>amount or percentage, e.g. 10%</source>
        <translation>amount or percentage, e.g. 10%</translation>
    </message>
    <message>
        <source>Number of installments</source>
        <translation>Number of installments</translation>
    </message>
    <message>
        <source>Amount of each installment</source>
        <translation>Amount of each installment</translation>
    </message>
    <message>
        <source>Repayment plan - %1</source>
        <translation>Repayment plan - %1</translation>
    </message>
    <message>
        <source>%1, due %2: %3</source>
        <translation>%1, due %2: %3</translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <source>Settlement, single payment</source>
        <translation>Settlement, single payment</translation>
    </message>
    <message>
        <source>Settlement in installments</source>
        <translation>Settlement in installments</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>every two weeks</translation>
    </message>
    <message>
        <source>Why go ahead although the household cannot afford it</source>
        <translation>Why go ahead although the household cannot afford it</translation>
    </message>
    <message>
        <source>Notes of the negotiation</source>
        <translation>Notes of the negotiation</translation>
    </message>
    <message>
        <source>Bills:</source>
        <translation>Bills:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Proposal:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Discount:</translation>
    </message>
    <message>
        <source>Down payment:</source>
        <translation>Down payment:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Frequency:</translation>
    </message>
    <message>
        <source>First due date:</source>
        <translation>First due date:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Household members:</source>
        <translation>Household members:</translation>
    </message>
    <message>
        <source>Net monthly income:</source>
        <translation>Net monthly income:</translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation>Housing:</translation>
    </message>
    <message>
        <source>Utilities:</source>
        <translation>Utilities:</translation>
    </message>
    <message>
        <source>Food:</source>
        <translation>Food:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Health:</translation>
    </message>
    <message>
        <source>Other debts:</source>
        <translation>Other debts:</translation>
    </message>
    <message>
        <source>What the household can afford</source>
        <translation>What the household can afford</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Schedule:</translation>
    </message>
    <message>
        <source>Confirm plan</source>
        <translation>Confirm plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <source>Installment amount</source>
        <translation>Installment amount</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Tick the bills the plan covers.</source>
        <translation>Tick the bills the plan covers.</translation>
    </message>
    <message>
        <source>down payment</source>
        <translation>down payment</translation>
    </message>
    <message>
        <source> (moved from %1)</source>
        <translation> (moved from %1)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>ends %1</translation>
    </message>
    <message numerus="yes">
        <source>Disposable income %1 after essential expenses; protected minimum for %n person(s) %2; the household can pay up to %3 a month. This plan asks %4 a month%5.</source>
        <translation>
            <numerusform>Disposable income %1 after essential expenses; protected minimum for %n person %2; the household can pay up to %3 a month. This plan asks %4 a month%5.</numerusform>
            <numerusform>Disposable income %1 after essential expenses; protected minimum for %n persons %2; the household can pay up to %3 a month. This plan asks %4 a month%5.</numerusform>
        </translation>
    </message>
    <message>
        <source>: NOT affordable</source>
        <translation>: NOT affordable</translation>
    </message>
    <message>
        <source>Fill in the household&apos;s income and expenses to check what it can afford.</source>
        <translation>Fill in the household&apos;s income and expenses to check what it can afford.</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Not possible: %1</translation>
    </message>
    <message>
        <source>Waits for approval: %1</source>
        <translation>Waits for approval: %1</translation>
    </message>
    <message>
        <source>Within the client&apos;s mandate and your authority.</source>
        <translation>Within the client&apos;s mandate and your authority.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Feasible installments: from %1 to %2 a month.</source>
        <translation>Feasible installments: from %1 to %2 a month.</translation>
    </message>
    <message>
        <source>No installment within the client&apos;s minimum (%1) is affordable: consider a settlement or a review.</source>
        <translation>No installment within the client&apos;s minimum (%1) is affordable: consider a settlement or a review.</translation>
    </message>
    <message>
        <source>First due date: %1</source>
        <translation>First due date: %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Close without saving the plan? What you typed is lost.</source>
        <translation>Close without saving the plan? What you typed is lost.</translation>
    </message>
</context>
<context>
    <name>ascolto::PaymentDialog</name>
    <message>
        <source>Oldest bill first</source>
        <translation>Oldest bill first</translation>
    </message>
    <message>
        <source>Bills I choose</source>
        <translation>Bills I choose</translation>
    </message>
    <message>
        <source>Keep any excess as a credit on account</source>
        <translation>Keep any excess as a credit on account</translation>
    </message>
    <message>
        <source>Record payment - %1</source>
        <translation>Record payment - %1</translation>
    </message>
    <message>
        <source>e.g. 125,50</source>
        <translation>e.g. 125,50</translation>
    </message>
    <message>
        <source>%1, due %2: %3 to pay</source>
        <translation>%1, due %2: %3 to pay</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Allocate to:</source>
        <translation>Allocate to:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Enter the amount paid.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <source>The payment date cannot be in the future.</source>
        <translation>The payment date cannot be in the future.</translation>
    </message>
    <message>
        <source>Tick the bills this payment settles.</source>
        <translation>Tick the bills this payment settles.</translation>
    </message>
    <message>
        <source>%1 (settled)</source>
        <translation>%1 (settled)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>Settles: %1</source>
        <translation>Settles: %1</translation>
    </message>
    <message>
        <source>Credit on account: %1</source>
        <translation>Credit on account: %1</translation>
    </message>
    <message>
        <source>Installments of the repayment plan</source>
        <translation>Installments of the repayment plan</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %1 from %2, %n installment(s) to pay</source>
        <translation>
            <numerusform>Plan of %1 from %2, %n installment to pay</numerusform>
            <numerusform>Plan of %1 from %2, %n installments to pay</numerusform>
        </translation>
    </message>
    <message>
        <source>installment %1</source>
        <translation>installment %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
</context>
<context>
    <name>ascolto::PortfolioModel</name>
    <message>
        <source>Oldest unpaid bill due on %1 (aging %2)</source>
        <translation>Oldest unpaid bill due on %1 (aging %2)</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Aging</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Plan / promise</source>
        <translation>Plan / promise</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>ascolto::PortfolioView</name>
    <message numerus="yes">
        <source>Portfolio: %n debtor(s)</source>
        <translation>
            <numerusform>Portfolio: %n debtor</numerusform>
            <numerusform>Portfolio: %n debtors</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 debtors match</source>
        <translation>More than %1 debtors match</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) match</source>
        <translation>
            <numerusform>%n debtor matches</numerusform>
            <numerusform>%n debtors match</numerusform>
        </translation>
    </message>
    <message>
        <source>(searching...)</source>
        <translation>(searching...)</translation>
    </message>
    <message>
        <source>Plan active</source>
        <translation>Plan active</translation>
    </message>
    <message>
        <source>Plan awaiting approval</source>
        <translation>Plan awaiting approval</translation>
    </message>
    <message>
        <source>Plan broken</source>
        <translation>Plan broken</translation>
    </message>
    <message>
        <source>Promise open</source>
        <translation>Promise open</translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation>Promise due today</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>Promise broken</translation>
    </message>
    <message>
        <source>No plan or promise</source>
        <translation>No plan or promise</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Aging</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Plan / promise</source>
        <translation>Plan / promise</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Bills due within</source>
        <translation>Bills due within</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>Aging %1</source>
        <translation>Aging %1</translation>
    </message>
    <message numerus="yes">
        <source>Bills due within %n day(s)</source>
        <translation>
            <numerusform>Bills due within %n day</numerusform>
            <numerusform>Bills due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Province %1</source>
        <translation>Province %1</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Operator %1</translation>
    </message>
    <message>
        <source>Search name, customer code, tax code, phone, e-mail, bill or PagoPA number</source>
        <translation>Search name, customer code, tax code, phone, e-mail, bill or PagoPA number</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>Hand the selected debtors over to another operator, with a note for the next interlocutor</source>
        <translation>Hand the selected debtors over to another operator, with a note for the next interlocutor</translation>
    </message>
</context>
<context>
    <name>ascolto::PrivateFile</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Cannot create the folder %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: Ascolto does not write through links, so that a link left there cannot send the data elsewhere. Remove it or choose another name.</source>
        <translation>%1 is a symbolic link: Ascolto does not write through links, so that a link left there cannot send the data elsewhere. Remove it or choose another name.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe): Ascolto writes only regular files. Choose another name.</source>
        <translation>%1 is not a regular file (a folder, a device or a pipe): Ascolto writes only regular files. Choose another name.</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>Cannot make %1 private: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
</context>
<context>
    <name>ascolto::ReassignDialog</name>
    <message numerus="yes">
        <source>The %n selected debtor(s)</source>
        <translation>
            <numerusform>The selected debtor</numerusform>
            <numerusform>The %n selected debtors</numerusform>
        </translation>
    </message>
    <message>
        <source>Every debtor of %1 (an absence, a departure)</source>
        <translation>Every debtor of %1 (an absence, a departure)</translation>
    </message>
    <message>
        <source>Hand debtors over to another operator</source>
        <translation>Hand debtors over to another operator</translation>
    </message>
    <message>
        <source>What the new interlocutor needs to know before the first call: the situation, what was agreed, how the debtor prefers to be contacted.</source>
        <translation>What the new interlocutor needs to know before the first call: the situation, what was agreed, how the debtor prefers to be contacted.</translation>
    </message>
    <message>
        <source>Continuity is the method: hand a debtor over only when their interlocutor cannot follow them, and tell the next one what they need to know. Open callbacks and calls follow the debtor; what was done stays with who did it.</source>
        <translation>Continuity is the method: hand a debtor over only when their interlocutor cannot follow them, and tell the next one what they need to know. Open callbacks and calls follow the debtor; what was done stays with who did it.</translation>
    </message>
    <message>
        <source>Debtors:</source>
        <translation>Debtors:</translation>
    </message>
    <message>
        <source>New interlocutor:</source>
        <translation>New interlocutor:</translation>
    </message>
    <message>
        <source>Handover note:</source>
        <translation>Handover note:</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>The client has no other active operator to hand them to.</source>
        <translation>The client has no other active operator to hand them to.</translation>
    </message>
    <message>
        <source>Write the handover note: the next interlocutor reads it before the first call.</source>
        <translation>Write the handover note: the next interlocutor reads it before the first call.</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) handed over to %1.</source>
        <translation>
            <numerusform>%n debtor handed over to %1.</numerusform>
            <numerusform>%n debtors handed over to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ascolto::RejectPlanDialog</name>
    <message>
        <source>Why is the plan rejected? The operator will tell the debtor and agree another one.</source>
        <translation>Why is the plan rejected? The operator will tell the debtor and agree another one.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>ascolto::ReportLoader</name>
    <message>
        <source>The report could not be read.</source>
        <translation>The report could not be read.</translation>
    </message>
</context>
<context>
    <name>ascolto::ReportsView</name>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Folder for the CSV files</translation>
    </message>
    <message>
        <source>Reports as PDF</source>
        <translation>Reports as PDF</translation>
    </message>
    <message>
        <source>reports.pdf</source>
        <translation>reports.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Client&apos;s periodic report</source>
        <translation>Client&apos;s periodic report</translation>
    </message>
    <message>
        <source>periodic-report.pdf</source>
        <translation>periodic-report.pdf</translation>
    </message>
    <message>
        <source>Type the first and the last day of the period.</source>
        <translation>Type the first and the last day of the period.</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>Reading the reports…</translation>
    </message>
    <message>
        <source>Comments to quote in the client&apos;s report</source>
        <translation>Comments to quote in the client&apos;s report</translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation>Choose a report first.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <source>Show the reports first.</source>
        <translation>Show the reports first.</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Reports: %1</translation>
    </message>
    <message>
        <source>Reports written to %1.</source>
        <translation>Reports written to %1.</translation>
    </message>
    <message>
        <source>The client&apos;s report covers the whole client: choose every operator.</source>
        <translation>The client&apos;s report covers the whole client: choose every operator.</translation>
    </message>
    <message>
        <source>Periodic report: %1</source>
        <translation>Periodic report: %1</translation>
    </message>
    <message>
        <source>The client&apos;s report was written to %1, its figures to %2.</source>
        <translation>The client&apos;s report was written to %1, its figures to %2.</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Every operator</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export this report (CSV)…</source>
        <translation>Export this report (CSV)…</translation>
    </message>
    <message>
        <source>Export all reports (PDF)…</source>
        <translation>Export all reports (PDF)…</translation>
    </message>
    <message>
        <source>Client&apos;s periodic report…</source>
        <translation>Client&apos;s periodic report…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>Tick the comments to quote, in the debtors&apos; own words, in the client&apos;s periodic report.</source>
        <translation>Tick the comments to quote, in the debtors&apos; own words, in the client&apos;s periodic report.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ascolto::ResolveComplaintDialog</name>
    <message>
        <source>Complaint resolved</source>
        <translation>Complaint resolved</translation>
    </message>
    <message>
        <source>How the client resolved it (e.g. bill corrected)</source>
        <translation>How the client resolved it (e.g. bill corrected)</translation>
    </message>
    <message>
        <source>When no complaint of the debtor stays open, the bills leave dispute hold and reminders resume.</source>
        <translation>When no complaint of the debtor stays open, the bills leave dispute hold and reminders resume.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ascolto::SetupChecklist</name>
    <message>
        <source>Set-up checklist</source>
        <translation>Set-up checklist</translation>
    </message>
    <message>
        <source>From an empty store to operators working a client&apos;s portfolio: each step opens its screen and says how far it is.</source>
        <translation>From an empty store to operators working a client&apos;s portfolio: each step opens its screen and says how far it is.</translation>
    </message>
    <message>
        <source>1. Client</source>
        <translation>1. Client</translation>
    </message>
    <message>
        <source>2. Users</source>
        <translation>2. Users</translation>
    </message>
    <message>
        <source>3. Client&apos;s files</source>
        <translation>3. Client&apos;s files</translation>
    </message>
    <message>
        <source>4. Assignment</source>
        <translation>4. Assignment</translation>
    </message>
    <message>
        <source>Clients...</source>
        <translation>Clients...</translation>
    </message>
    <message>
        <source>Users...</source>
        <translation>Users...</translation>
    </message>
    <message>
        <source>Import a file...</source>
        <translation>Import a file...</translation>
    </message>
    <message>
        <source>Assign now</source>
        <translation>Assign now</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) set up</source>
        <translation>
            <numerusform>%n client set up</numerusform>
            <numerusform>%n clients set up</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the client with its mandate rules</source>
        <translation>Create the client with its mandate rules</translation>
    </message>
    <message>
        <source>at least one of each is needed</source>
        <translation>at least one of each is needed</translation>
    </message>
    <message>
        <source>%1 debtors, %2 bills imported</source>
        <translation>%1 debtors, %2 bills imported</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) without an operator</source>
        <translation>
            <numerusform>%n debtor without an operator</numerusform>
            <numerusform>%n debtors without an operator</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the debtors first</source>
        <translation>Import the debtors first</translation>
    </message>
    <message numerus="yes">
        <source>%n operator(s)</source>
        <translation>
            <numerusform>%n operator</numerusform>
            <numerusform>%n operators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team lead(s)</source>
        <translation>
            <numerusform>%n team lead</numerusform>
            <numerusform>%n team leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ascolto::SubjectAccess</name>
    <message>
        <source>This debtor is not in your portfolio: ask your team lead.</source>
        <translation>This debtor is not in your portfolio: ask your team lead.</translation>
    </message>
</context>
<context>
    <name>ascolto::TeamBoardModel</name>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>Computed on %n fact(s).</source>
        <translation>
            <numerusform>Computed on %n fact.</numerusform>
            <numerusform>Computed on %n facts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team: every operator&apos;s facts together.</source>
        <translation>The team: every operator&apos;s facts together.</translation>
    </message>
    <message>
        <source>Double-click for the calls behind it.</source>
        <translation>Double-click for the calls behind it.</translation>
    </message>
    <message>
        <source>Double-click for the debtors behind it.</source>
        <translation>Double-click for the debtors behind it.</translation>
    </message>
    <message>
        <source>The team board could not be read.</source>
        <translation>The team board could not be read.</translation>
    </message>
</context>
<context>
    <name>ascolto::TeamBoardView</name>
    <message>
        <source>&lt;b&gt;Team board&lt;/b&gt; — %1, %2 to %3</source>
        <translation>&lt;b&gt;Team board&lt;/b&gt; — %1, %2 to %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Double-click an operator&apos;s figure for the debtors or calls behind it; hover a row&apos;s name for its definition.</source>
        <translation>Double-click an operator&apos;s figure for the debtors or calls behind it; hover a row&apos;s name for its definition.</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Absences and backups…</source>
        <translation>Absences and backups…</translation>
    </message>
    <message>
        <source>Who is away, and which colleague covers their debtors meanwhile</source>
        <translation>Who is away, and which colleague covers their debtors meanwhile</translation>
    </message>
    <message>
        <source>reading the figures…</source>
        <translation>reading the figures…</translation>
    </message>
</context>
<context>
    <name>ascolto::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Sets the password typed below as a temporary one: the user must choose a new one at the next login.</source>
        <translation>Sets the password typed below as a temporary one: the user must choose a new one at the next login.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 added as %2.</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Select a user first.</translation>
    </message>
    <message>
        <source>The user will not be able to log in; their history keeps their name. Go ahead?</source>
        <translation>The user will not be able to log in; their history keeps their name. Go ahead?</translation>
    </message>
    <message>
        <source>User reactivated.</source>
        <translation>User reactivated.</translation>
    </message>
    <message>
        <source>User deactivated.</source>
        <translation>User deactivated.</translation>
    </message>
    <message>
        <source>Temporary password set: the user chooses a new one at the next login.</source>
        <translation>Temporary password set: the user chooses a new one at the next login.</translation>
    </message>
</context>
<context>
    <name>ascolto::VulnerabilityDialog</name>
    <message>
        <source>Vulnerability disclosed</source>
        <translation>Vulnerability disclosed</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>How it affects the payments, who helps them</source>
        <translation>How it affects the payments, who helps them</translation>
    </message>
    <message>
        <source>The debtor explicitly agrees that this is recorded</source>
        <translation>The debtor explicitly agrees that this is recorded</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Impact and support</source>
        <translation>Impact and support</translation>
    </message>
</context>
<context>
    <name>ascolto::WorkQueueModel</name>
    <message>
        <source>Blocked: %1</source>
        <translation>Blocked: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Why today</source>
        <translation>Why today</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Can call now?</source>
        <translation>Can call now?</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>At %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>ascolto::WorkQueueView</name>
    <message numerus="yes">
        <source>Today: %n item(s)</source>
        <translation>
            <numerusform>Today: %n item</numerusform>
            <numerusform>Today: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by the contact rules</source>
        <translation>
            <numerusform>%n blocked by the contact rules</numerusform>
            <numerusform>%n blocked by the contact rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: the %n most urgent item(s); there are more, which come up as these are done</source>
        <translation>
            <numerusform>Today: the most urgent item; there are more, which come up as these are done</numerusform>
            <numerusform>Today: the %n most urgent items; there are more, which come up as these are done</numerusform>
        </translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>All operators</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ascolto</source>
        <translation>Ascolto</translation>
    </message>
</context>
</TS>
