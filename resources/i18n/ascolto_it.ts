<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Aging</name>
    <message>
        <source>not overdue</source>
        <translation>non scaduto</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>create a client</source>
        <translation>creare un committente</translation>
    </message>
    <message>
        <source>A client needs a code and a name.</source>
        <translation>Un committente deve avere un codice e un nome.</translation>
    </message>
    <message>
        <source>A client with code %1 already exists.</source>
        <translation>Esiste già un committente con codice %1.</translation>
    </message>
    <message>
        <source>Unknown client.</source>
        <translation>Committente sconosciuto.</translation>
    </message>
    <message>
        <source>There is no client with code %1.</source>
        <translation>Non esiste un committente con codice %1.</translation>
    </message>
</context>
<context>
    <name>CodiceFiscale</name>
    <message>
        <source>the codice fiscale is empty</source>
        <translation>il codice fiscale è vuoto</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot; has %2 characters instead of 16</source>
        <translation>il codice fiscale &quot;%1&quot; ha %2 caratteri invece di 16</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot; contains the invalid character &apos;%2&apos;</source>
        <translation>il codice fiscale &quot;%1&quot; contiene il carattere non valido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot;: the first six characters must be letters</source>
        <translation>codice fiscale &quot;%1&quot;: i primi sei caratteri devono essere lettere</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot; does not have the layout of a codice fiscale</source>
        <translation>il codice fiscale &quot;%1&quot; non ha la struttura di un codice fiscale</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot;: &apos;%2&apos; at position %3 is neither a digit nor an omocodia letter</source>
        <translation>codice fiscale &quot;%1&quot;: &apos;%2&apos; in posizione %3 non è né una cifra né una lettera di omocodia</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot;: wrong check character (expected %2)</source>
        <translation>codice fiscale &quot;%1&quot;: carattere di controllo errato (atteso %2)</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot;: &apos;%2&apos; is not a month letter</source>
        <translation>codice fiscale &quot;%1&quot;: &apos;%2&apos; non è una lettera del mese</translation>
    </message>
    <message>
        <source>codice fiscale &quot;%1&quot;: the birth day %2 does not exist in that month</source>
        <translation>codice fiscale &quot;%1&quot;: il giorno di nascita %2 non esiste in quel mese</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>L&apos;archivio %1 non esiste.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Internal error: the connection %1 is already open.</source>
        <translation>Errore interno: la connessione %1 è già aperta.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Impossibile aprire l&apos;archivio %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>Il driver SQLite non espone il proprio handle.</translation>
    </message>
    <message>
        <source>%1 is not an Ascolto store: %2</source>
        <translation>%1 non è un archivio di Ascolto: %2</translation>
    </message>
    <message>
        <source>The store %1 cannot use write-ahead logging (journal mode answered &quot;%2&quot;); is it on a read-only or network drive?</source>
        <translation>L&apos;archivio %1 non può usare il write-ahead logging (la modalità journal ha risposto &quot;%2&quot;); si trova su un disco di sola lettura o di rete?</translation>
    </message>
    <message>
        <source>The store could not enable foreign keys.</source>
        <translation>L&apos;archivio non ha potuto attivare le chiavi esterne.</translation>
    </message>
    <message>
        <source>No schema migrations found in %1.</source>
        <translation>Nessuna migrazione dello schema trovata in %1.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Ascolto (schema %2; this version knows up to %3). Update Ascolto to open it; the store was not changed.</source>
        <translation>L&apos;archivio %1 è stato scritto da una versione più recente di Ascolto (schema %2; questa versione arriva fino a %3). Aggiorna Ascolto per aprirlo; l&apos;archivio non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not an Ascolto store; it was not changed.</source>
        <translation>%1 è un file SQLite ma non un archivio di Ascolto; non è stato modificato.</translation>
    </message>
    <message>
        <source>Could not back up the store to %1 before upgrading it: %2</source>
        <translation>Impossibile fare la copia di sicurezza dell&apos;archivio in %1 prima di aggiornarlo: %2</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Impossibile leggere la migrazione %1.</translation>
    </message>
    <message>
        <source>Cannot start upgrading the store: %1</source>
        <translation>Impossibile avviare l&apos;aggiornamento dell&apos;archivio: %1</translation>
    </message>
    <message>
        <source>Upgrading the store to schema %1 (%2) failed: %3. The store was left at schema %4.</source>
        <translation>L&apos;aggiornamento dell&apos;archivio allo schema %1 (%2) non è riuscito: %3. L&apos;archivio è rimasto allo schema %4.</translation>
    </message>
</context>
<context>
    <name>DebtorRepository</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail</translation>
    </message>
    <message>
        <source>Saving a contact</source>
        <translation>Salvataggio di un recapito</translation>
    </message>
    <message>
        <source>add debtors</source>
        <translation>aggiungere debitori</translation>
    </message>
    <message>
        <source>The debtor must belong to a client.</source>
        <translation>Il debitore deve appartenere a un committente.</translation>
    </message>
    <message>
        <source>The customer code is empty.</source>
        <translation>Il codice cliente è vuoto.</translation>
    </message>
    <message>
        <source>The debtor has no name.</source>
        <translation>Il debitore non ha un nome.</translation>
    </message>
    <message>
        <source>A debtor with customer code %1 already exists.</source>
        <translation>Esiste già un debitore con codice cliente %1.</translation>
    </message>
    <message>
        <source>Saving a supply</source>
        <translation>Salvataggio di una fornitura</translation>
    </message>
    <message>
        <source>Recording the interlocutor</source>
        <translation>Registrazione dell&apos;interlocutore</translation>
    </message>
    <message>
        <source>This debtor is not in your portfolio.</source>
        <translation>Questo debitore non è nel tuo portafoglio.</translation>
    </message>
    <message>
        <source>reassign debtors</source>
        <translation>riassegnare debitori</translation>
    </message>
    <message>
        <source>Give a reason: continuity with the same interlocutor is the method, so every change is explained.</source>
        <translation>Indica un motivo: la continuità con lo stesso interlocutore è il nostro metodo, quindi ogni cambio va spiegato.</translation>
    </message>
    <message>
        <source>The new interlocutor must be an active operator of the same client.</source>
        <translation>Il nuovo interlocutore deve essere un operatore attivo dello stesso committente.</translation>
    </message>
    <message>
        <source>Closing the previous relationship</source>
        <translation>Chiusura della relazione precedente</translation>
    </message>
    <message>
        <source>Recording the new interlocutor</source>
        <translation>Registrazione del nuovo interlocutore</translation>
    </message>
    <message>
        <source>Reassigning the debtor</source>
        <translation>Riassegnazione del debitore</translation>
    </message>
</context>
<context>
    <name>DebtorSummaryRepository</name>
    <message>
        <source>Updating the debtor balance</source>
        <translation>Aggiornamento del saldo del debitore</translation>
    </message>
    <message>
        <source>No balance for this debtor in your portfolio.</source>
        <translation>Nessun saldo per questo debitore nel tuo portafoglio.</translation>
    </message>
</context>
<context>
    <name>DemoPortfolio</name>
    <message>
        <source>The store %1 already holds data; the demo portfolio is built only in a new store.</source>
        <translation>L&apos;archivio %1 contiene già dati; il portafoglio dimostrativo si crea solo in un archivio nuovo.</translation>
    </message>
    <message>
        <source>Demo generation failed at debtor %1: %2</source>
        <translation>Creazione della demo non riuscita al debitore %1: %2</translation>
    </message>
    <message>
        <source>Demo generation cancelled; the store is unchanged.</source>
        <translation>Creazione della demo annullata; l&apos;archivio non è cambiato.</translation>
    </message>
    <message>
        <source>The number of debtors must be at least 1.</source>
        <translation>Il numero di debitori deve essere almeno 1.</translation>
    </message>
    <message>
        <source>The demo needs a valid reference day.</source>
        <translation>La demo richiede un giorno di riferimento valido.</translation>
    </message>
</context>
<context>
    <name>Iban</name>
    <message>
        <source>the IBAN is empty</source>
        <translation>l&apos;IBAN è vuoto</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot; contains the invalid character &apos;%2&apos;</source>
        <translation>l&apos;IBAN &quot;%1&quot; contiene il carattere non valido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot; must start with a country code and two check digits</source>
        <translation>l&apos;IBAN &quot;%1&quot; deve iniziare con il codice del paese e due cifre di controllo</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot; has %2 characters; %3 IBANs have %4</source>
        <translation>l&apos;IBAN &quot;%1&quot; ha %2 caratteri; gli IBAN %3 ne hanno %4</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot; is longer than 34 characters</source>
        <translation>l&apos;IBAN &quot;%1&quot; supera i 34 caratteri</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot;: the check digits do not match (typing error?)</source>
        <translation>IBAN &quot;%1&quot;: le cifre di controllo non corrispondono (errore di battitura?)</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot;: ABI and CAB must be digits</source>
        <translation>IBAN &quot;%1&quot;: ABI e CAB devono essere cifre</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot;: wrong CIN %2 (expected %3)</source>
        <translation>IBAN &quot;%1&quot;: CIN %2 errato (atteso %3)</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>add bills</source>
        <translation>aggiungere bollette</translation>
    </message>
    <message>
        <source>The bill number is empty.</source>
        <translation>Il numero della bolletta è vuoto.</translation>
    </message>
    <message>
        <source>Bill %1 needs an issue date and a due date.</source>
        <translation>La bolletta %1 richiede una data di emissione e una di scadenza.</translation>
    </message>
    <message>
        <source>Bill %1 is due before it was issued.</source>
        <translation>La bolletta %1 scade prima di essere stata emessa.</translation>
    </message>
    <message>
        <source>Bill %1 has no positive amount.</source>
        <translation>La bolletta %1 non ha un importo positivo.</translation>
    </message>
    <message>
        <source>Bill %1: the paid amount must be between zero and the bill amount.</source>
        <translation>Bolletta %1: l&apos;importo pagato deve essere tra zero e l&apos;importo della bolletta.</translation>
    </message>
    <message>
        <source>Bill %1 already exists for this client.</source>
        <translation>La bolletta %1 esiste già per questo committente.</translation>
    </message>
</context>
<context>
    <name>ItalianCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Capodanno</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Epifania</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Festa della Liberazione</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Festa del Lavoro</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Festa della Repubblica</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Ferragosto</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Ognissanti</translation>
    </message>
    <message>
        <source>Immaculate Conception</source>
        <translation>Immacolata Concezione</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Natale</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation>Santo Stefano</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Pasqua</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lunedì dell&apos;Angelo</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>the amount is empty</source>
        <translation>l&apos;importo è vuoto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: unexpected character &apos;%2&apos;</source>
        <translation>&quot;%1&quot; non è un importo: carattere inatteso &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; non è un importo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: the decimal separator appears twice</source>
        <translation>&quot;%1&quot; non è un importo: il separatore decimale compare due volte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimal places</source>
        <translation>&quot;%1&quot; ha più di due decimali</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: misplaced separator</source>
        <translation>&quot;%1&quot; non è un importo: separatore fuori posto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: thousands must be grouped by three</source>
        <translation>&quot;%1&quot; non è un importo: le migliaia vanno raggruppate per tre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; è troppo grande</translation>
    </message>
</context>
<context>
    <name>PagoPaNotice</name>
    <message>
        <source>the PagoPA notice number is empty</source>
        <translation>il codice avviso PagoPA è vuoto</translation>
    </message>
    <message>
        <source>PagoPA notice number &quot;%1&quot; must contain digits only</source>
        <translation>il codice avviso PagoPA &quot;%1&quot; deve contenere solo cifre</translation>
    </message>
    <message>
        <source>PagoPA notice number &quot;%1&quot; has %2 digits instead of 18</source>
        <translation>il codice avviso PagoPA &quot;%1&quot; ha %2 cifre invece di 18</translation>
    </message>
    <message>
        <source>PagoPA notice number &quot;%1&quot;: aux digit %2 does not exist (0-3)</source>
        <translation>codice avviso PagoPA &quot;%1&quot;: l&apos;aux digit %2 non esiste (0-3)</translation>
    </message>
    <message>
        <source>PagoPA notice number &quot;%1&quot;: wrong check digits (expected %2)</source>
        <translation>codice avviso PagoPA &quot;%1&quot;: cifre di controllo errate (attese %2)</translation>
    </message>
</context>
<context>
    <name>PartitaIva</name>
    <message>
        <source>the partita IVA is empty</source>
        <translation>la partita IVA è vuota</translation>
    </message>
    <message>
        <source>partita IVA &quot;%1&quot; must contain digits only</source>
        <translation>la partita IVA &quot;%1&quot; deve contenere solo cifre</translation>
    </message>
    <message>
        <source>partita IVA &quot;%1&quot; has %2 digits instead of 11</source>
        <translation>la partita IVA &quot;%1&quot; ha %2 cifre invece di 11</translation>
    </message>
    <message>
        <source>partita IVA &quot;%1&quot; is not a real number</source>
        <translation>la partita IVA &quot;%1&quot; non è un numero reale</translation>
    </message>
    <message>
        <source>partita IVA &quot;%1&quot;: %2 is not a valid provincial office code</source>
        <translation>partita IVA &quot;%1&quot;: %2 non è un codice di ufficio provinciale valido</translation>
    </message>
    <message>
        <source>partita IVA &quot;%1&quot;: wrong check digit (expected %2)</source>
        <translation>partita IVA &quot;%1&quot;: cifra di controllo errata (attesa %2)</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La libreria crittografica non si è avviata.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Memoria insufficiente per cifrare la password.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>La password deve avere almeno 8 caratteri.</translation>
    </message>
</context>
<context>
    <name>PaymentAllocator</name>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>L&apos;importo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>The bill chosen for this payment is not open any more.</source>
        <translation>La bolletta scelta per questo pagamento non è più aperta.</translation>
    </message>
    <message>
        <source>The payment exceeds the open bills by %1; choose &quot;keep as credit&quot; to record it anyway.</source>
        <translation>Il pagamento supera le bollette aperte di %1; scegli &quot;tieni come credito&quot; per registrarlo comunque.</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>The payment date is missing.</source>
        <translation>Manca la data del pagamento.</translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation>La data del pagamento %1 è nel futuro.</translation>
    </message>
    <message>
        <source>Unknown payment channel &quot;%1&quot;.</source>
        <translation>Canale di pagamento sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the open bills</source>
        <translation>Lettura delle bollette aperte</translation>
    </message>
    <message>
        <source>Saving the payment</source>
        <translation>Salvataggio del pagamento</translation>
    </message>
    <message>
        <source>Allocating the payment</source>
        <translation>Imputazione del pagamento</translation>
    </message>
    <message>
        <source>Updating the bill</source>
        <translation>Aggiornamento della bolletta</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>phone number &quot;%1&quot; contains the invalid character &apos;%2&apos;</source>
        <translation>il numero di telefono &quot;%1&quot; contiene il carattere non valido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the phone number is empty</source>
        <translation>il numero di telefono è vuoto</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot;: &apos;+&apos; may only open the number</source>
        <translation>numero di telefono &quot;%1&quot;: il &apos;+&apos; può stare solo all&apos;inizio</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not a valid international number</source>
        <translation>il numero di telefono &quot;%1&quot; non è un numero internazionale valido</translation>
    </message>
    <message>
        <source>mobile number &quot;%1&quot; must have 9 or 10 digits</source>
        <translation>il numero di cellulare &quot;%1&quot; deve avere 9 o 10 cifre</translation>
    </message>
    <message>
        <source>landline number &quot;%1&quot; must have 6 to 11 digits including the leading 0</source>
        <translation>il numero fisso &quot;%1&quot; deve avere da 6 a 11 cifre, compreso lo 0 iniziale</translation>
    </message>
    <message>
        <source>toll-free number &quot;%1&quot; has the wrong length</source>
        <translation>il numero verde &quot;%1&quot; ha una lunghezza errata</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot;: Italian numbers start with 0 (landline) or 3 (mobile)</source>
        <translation>numero di telefono &quot;%1&quot;: i numeri italiani iniziano con 0 (fisso) o 3 (cellulare)</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Capo team</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>You are not allowed to %1.</source>
        <translation>Non sei autorizzato a %1.</translation>
    </message>
</context>
<context>
    <name>StoreBootstrap</name>
    <message>
        <source>%1 already exists; choose another file for the demo portfolio.</source>
        <translation>%1 esiste già; scegli un altro file per il portafoglio dimostrativo.</translation>
    </message>
    <message>
        <source>Could not move the demo portfolio to %1.</source>
        <translation>Impossibile spostare il portafoglio dimostrativo in %1.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 esiste già.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>integrity check failed to run: %1</source>
        <translation>il controllo di integrità non è partito: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integrità: %1</translation>
    </message>
    <message>
        <source>broken reference: a row of %1 points to a missing %2</source>
        <translation>riferimento interrotto: una riga di %1 punta a un %2 mancante</translation>
    </message>
    <message>
        <source>... and %1 more broken references</source>
        <translation>... e altri %1 riferimenti interrotti</translation>
    </message>
    <message>
        <source>schema version %1, expected %2</source>
        <translation>versione dello schema %1, attesa %2</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>manca la tabella %1</translation>
    </message>
    <message>
        <source>%1 bills are paid more than their amount</source>
        <translation>%1 bollette risultano pagate oltre il loro importo</translation>
    </message>
    <message>
        <source>%1 bills disagree with the payments allocated to them</source>
        <translation>%1 bollette non concordano con i pagamenti imputati</translation>
    </message>
    <message>
        <source>%1 debtors have a stored balance that disagrees with their bills</source>
        <translation>%1 debitori hanno un saldo memorizzato che non concorda con le loro bollette</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>create users</source>
        <translation>creare utenti</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Il nome utente è vuoto.</translation>
    </message>
    <message>
        <source>An operator or team lead must work for a client.</source>
        <translation>Un operatore o un capo team deve lavorare per un committente.</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>Il nome utente %1 è già in uso.</translation>
    </message>
    <message>
        <source>The client of the new user does not exist.</source>
        <translation>Il committente del nuovo utente non esiste.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <source>This account is disabled; ask your administrator.</source>
        <translation>Questo account è disattivato; rivolgiti all&apos;amministratore.</translation>
    </message>
    <message>
        <source>This account has an unknown role.</source>
        <translation>Questo account ha un ruolo sconosciuto.</translation>
    </message>
    <message>
        <source>Unknown user.</source>
        <translation>Utente sconosciuto.</translation>
    </message>
</context>
<context>
    <name>ascolto::FirstRunDialog</name>
    <message>
        <source>Ascolto - First start</source>
        <translation>Ascolto - Primo avvio</translation>
    </message>
    <message>
        <source>There is no Ascolto store on this workstation yet. How do you want to start?</source>
        <translation>Su questa postazione non c&apos;è ancora un archivio di Ascolto. Come vuoi iniziare?</translation>
    </message>
    <message>
        <source>Open the &amp;demo portfolio (a fictional multiutility with 2,000 debtors)</source>
        <translation>Apri il portafoglio &amp;dimostrativo (una multiutility di fantasia con 2.000 debitori)</translation>
    </message>
    <message>
        <source>Start with an &amp;empty store and create the administrator</source>
        <translation>Inizia con un archivio &amp;vuoto e crea l&apos;amministratore</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Amministratore:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Ripeti la password:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>Inserisci il nome utente dell&apos;amministratore.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
</context>
<context>
    <name>ascolto::LoginDialog</name>
    <message>
        <source>Ascolto - Log in</source>
        <translation>Ascolto - Accesso</translation>
    </message>
    <message>
        <source>Welcome to Ascolto</source>
        <translation>Benvenuto in Ascolto</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Archivio: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Inserisci il tuo nome utente.</translation>
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
        <translation>tutti i committenti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Ascolto</source>
        <translation>&amp;Informazioni su Ascolto</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Utente: %1 (%2)</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Committente: %1</translation>
    </message>
    <message>
        <source>The local store of this workstation</source>
        <translation>L&apos;archivio locale di questa postazione</translation>
    </message>
    <message>
        <source>Last export: never</source>
        <translation>Ultima esportazione: mai</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>Ultima esportazione: %1</translation>
    </message>
    <message>
        <source>About Ascolto</source>
        <translation>Informazioni su Ascolto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ascolto %1&lt;/h3&gt;&lt;p&gt;A workstation for credit management as customer care: caring calls before the due date, empathy-guided conversations, repayment plans the debtor can afford.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ascolto %1&lt;/h3&gt;&lt;p&gt;Una postazione per la gestione del credito come cura del cliente: chiamate di caring prima della scadenza, conversazioni guidate dall&apos;empatia, piani di rientro sostenibili per il debitore.&lt;/p&gt;&lt;p&gt;Distribuito con licenza Apache 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ascolto::PortfolioModel</name>
    <message>
        <source>vulnerable</source>
        <translation>vulnerabile</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>sospeso</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>non contattare</translation>
    </message>
    <message>
        <source>Oldest unpaid bill due on %1 (aging %2)</source>
        <translation>Bolletta insoluta più vecchia scaduta il %1 (anzianità %2)</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Codice cliente</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Segnalazioni</translation>
    </message>
</context>
<context>
    <name>ascolto::PortfolioView</name>
    <message numerus="yes">
        <source>Portfolio: %n debtor(s)</source>
        <translation>
            <numerusform>Portafoglio: %n debitore</numerusform>
            <numerusform>Portafoglio: %n debitori</numerusform>
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
