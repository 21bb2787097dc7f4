<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Aging</name>
    <message>
        <source>not overdue</source>
        <translation>not overdue</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>create a client</source>
        <translation>create a client</translation>
    </message>
    <message>
        <source>A client needs a code and a name.</source>
        <translation>A client needs a code and a name.</translation>
    </message>
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
    <name>Database</name>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>The store %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
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
        <source>Updating the bill</source>
        <translation>Updating the bill</translation>
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
</context>
<context>
    <name>ascolto::PortfolioModel</name>
    <message>
        <source>vulnerable</source>
        <translation>vulnerable</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>do not contact</translation>
    </message>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Ascolto</source>
        <translation>Ascolto</translation>
    </message>
</context>
</TS>
