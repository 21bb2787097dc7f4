<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AbsenceRepository</name>
    <message>
        <source>Reading the operators</source>
        <translation>Lettura degli operatori</translation>
    </message>
    <message>
        <source>Choose active operators of the client.</source>
        <translation>Scegli operatori attivi del committente.</translation>
    </message>
    <message>
        <source>record absences</source>
        <translation>registrare le assenze</translation>
    </message>
    <message>
        <source>The backup must work for the same client as %1.</source>
        <translation>Il sostituto deve lavorare per lo stesso committente di %1.</translation>
    </message>
    <message>
        <source>Choose a colleague as the backup, not %1.</source>
        <translation>Scegli come sostituto un collega, non %1.</translation>
    </message>
    <message>
        <source>The absence needs a first and a last day, the last not before the first.</source>
        <translation>L&apos;assenza ha bisogno di un primo e di un ultimo giorno, l&apos;ultimo non prima del primo.</translation>
    </message>
    <message>
        <source>The absence is already over.</source>
        <translation>L&apos;assenza è già finita.</translation>
    </message>
    <message>
        <source>Reading the absences</source>
        <translation>Lettura delle assenze</translation>
    </message>
    <message>
        <source>%1 is already away from %2 to %3, covered by %4.</source>
        <translation>%1 è già assente dal %2 al %3, sostituito da %4.</translation>
    </message>
    <message>
        <source>Saving the absence</source>
        <translation>Salvataggio dell&apos;assenza</translation>
    </message>
    <message>
        <source>There is no such absence.</source>
        <translation>Non esiste un&apos;assenza così.</translation>
    </message>
    <message>
        <source>This absence was already ended.</source>
        <translation>Questa assenza era già terminata.</translation>
    </message>
    <message>
        <source>Ending the absence</source>
        <translation>Chiusura dell&apos;assenza</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <source>not overdue</source>
        <translation>non scaduto</translation>
    </message>
</context>
<context>
    <name>AssignmentRepository</name>
    <message numerus="yes">
        <source>%n debtor(s) assigned</source>
        <translation>
            <numerusform>%n debitore assegnato</numerusform>
            <numerusform>%n debitori assegnati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) wait for an interlocutor: the client has no active operator</source>
        <translation>
            <numerusform>%n debitore attende un interlocutore: il committente non ha operatori attivi</numerusform>
            <numerusform>%n debitori attendono un interlocutore: il committente non ha operatori attivi</numerusform>
        </translation>
    </message>
    <message>
        <source>assign debtors to operators</source>
        <translation>assegnare debitori agli operatori</translation>
    </message>
    <message>
        <source>Assigning a debtor</source>
        <translation>Assegnazione di un debitore</translation>
    </message>
    <message>
        <source>Recording the interlocutor</source>
        <translation>Registrazione dell&apos;interlocutore</translation>
    </message>
    <message>
        <source>Updating the portfolio row</source>
        <translation>Aggiornamento della riga del portafoglio</translation>
    </message>
</context>
<context>
    <name>AssignmentRule</name>
    <message>
        <source>Balanced by number of debtors</source>
        <translation>Bilanciata per numero di debitori</translation>
    </message>
    <message>
        <source>Balanced by amount outstanding</source>
        <translation>Bilanciata per importo da incassare</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>Per provincia</translation>
    </message>
</context>
<context>
    <name>BundleEnvelope</name>
    <message>
        <source>it is not signed (a bundle of an older Ascolto, or made by hand): update the sending workstation and export a new bundle there</source>
        <translation>non è firmato (un pacchetto di una versione precedente di Ascolto, o fatto a mano): aggiorna la postazione che lo invia ed esporta lì un nuovo pacchetto</translation>
    </message>
    <message>
        <source>it is not an Ascolto sync bundle</source>
        <translation>non è un pacchetto di sincronizzazione di Ascolto</translation>
    </message>
    <message>
        <source>the file is damaged or truncated</source>
        <translation>il file è danneggiato o troncato</translation>
    </message>
    <message>
        <source>its header is incomplete</source>
        <translation>la sua intestazione è incompleta</translation>
    </message>
    <message>
        <source>the keys to sign and encrypt it are missing</source>
        <translation>mancano le chiavi per firmarlo e cifrarlo</translation>
    </message>
    <message>
        <source>the recipient&apos;s key is not a valid key</source>
        <translation>la chiave del destinatario non è una chiave valida</translation>
    </message>
    <message>
        <source>it cannot be written: %1</source>
        <translation>non può essere scritto: %1</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>non può essere aperto</translation>
    </message>
    <message>
        <source>the sender&apos;s key is missing</source>
        <translation>manca la chiave del mittente</translation>
    </message>
    <message>
        <source>its signature does not hold: it was altered, truncated or signed by another key</source>
        <translation>la firma non è valida: è stato alterato, troncato o firmato con un&apos;altra chiave</translation>
    </message>
    <message>
        <source>this store&apos;s key is missing</source>
        <translation>manca la chiave di questo archivio</translation>
    </message>
    <message>
        <source>this store&apos;s key is not a valid key</source>
        <translation>la chiave di questo archivio non è una chiave valida</translation>
    </message>
    <message>
        <source>it cannot be decrypted with this store&apos;s key: it was made for another device</source>
        <translation>non si decifra con la chiave di questo archivio: è stato fatto per un altro dispositivo</translation>
    </message>
</context>
<context>
    <name>CallCatalog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1: a client&apos;s file is named calls_it.json, calls_en.json, education_it.json or education_en.json</source>
        <translation>%1: il file di un committente si chiama calls_it.json, calls_en.json, education_it.json o education_en.json</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 non è leggibile.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>CallListQuery</name>
    <message>
        <source>Reading the calls: %1</source>
        <translation>Lettura delle chiamate: %1</translation>
    </message>
    <message>
        <source>Reading the calls</source>
        <translation>Lettura delle chiamate</translation>
    </message>
    <message>
        <source>Counting the calls: %1</source>
        <translation>Conteggio delle chiamate: %1</translation>
    </message>
    <message>
        <source>Counting the calls</source>
        <translation>Conteggio delle chiamate</translation>
    </message>
</context>
<context>
    <name>CallRepository</name>
    <message>
        <source>Saving the call draft</source>
        <translation>Salvataggio della bozza della chiamata</translation>
    </message>
    <message>
        <source>Reading the call drafts</source>
        <translation>Lettura delle bozze delle chiamate</translation>
    </message>
    <message>
        <source>Discarding the call draft</source>
        <translation>Eliminazione della bozza della chiamata</translation>
    </message>
    <message>
        <source>Reading the balance</source>
        <translation>Lettura del saldo</translation>
    </message>
    <message>
        <source>Checking the number called</source>
        <translation>Verifica del numero chiamato</translation>
    </message>
    <message>
        <source>The number called does not belong to this debtor.</source>
        <translation>Il numero chiamato non appartiene a questo debitore.</translation>
    </message>
    <message>
        <source>Saving the call</source>
        <translation>Salvataggio della chiamata</translation>
    </message>
    <message>
        <source>Saving the promise to pay</source>
        <translation>Salvataggio della promessa di pagamento</translation>
    </message>
    <message>
        <source>Scheduling the next step</source>
        <translation>Pianificazione del prossimo passo</translation>
    </message>
    <message>
        <source>Saving the satisfaction survey</source>
        <translation>Salvataggio del questionario di soddisfazione</translation>
    </message>
    <message>
        <source>Recording the opt-out</source>
        <translation>Registrazione dell&apos;opposizione ai contatti</translation>
    </message>
    <message>
        <source>Marking the wrong number</source>
        <translation>Segnalazione del numero errato</translation>
    </message>
    <message>
        <source>Recording the vulnerability</source>
        <translation>Registrazione della vulnerabilità</translation>
    </message>
    <message>
        <source>Removing the call draft</source>
        <translation>Rimozione della bozza della chiamata</translation>
    </message>
    <message>
        <source>Closing the task the call served</source>
        <translation>Chiusura dell&apos;attività a cui serviva la chiamata</translation>
    </message>
</context>
<context>
    <name>CallState</name>
    <message>
        <source>The saved call cannot be read.</source>
        <translation>La chiamata salvata non è leggibile.</translation>
    </message>
    <message>
        <source>Contact rules: say why the call goes ahead anyway (%1).</source>
        <translation>Regole di contatto: indica perché la chiamata prosegue comunque (%1).</translation>
    </message>
    <message>
        <source>Outcome: choose how the call ended.</source>
        <translation>Esito: scegli come è finita la chiamata.</translation>
    </message>
    <message>
        <source>Outcome: someone else answered; record a third-party contact, a message left without debt details or a callback.</source>
        <translation>Esito: ha risposto un&apos;altra persona; registra un contatto con terzi, un messaggio lasciato senza dettagli sul debito o un richiamo.</translation>
    </message>
    <message>
        <source>Promise to pay: only the debtor can promise; someone else answered.</source>
        <translation>Promessa di pagamento: solo il debitore può promettere; ha risposto un&apos;altra persona.</translation>
    </message>
    <message>
        <source>Satisfaction: ask the debtor, not a third party.</source>
        <translation>Soddisfazione: chiedila al debitore, non a terzi.</translation>
    </message>
    <message>
        <source>Identity: confirm you are speaking with the debtor before recording &quot;%1&quot;.</source>
        <translation>Identità: conferma di parlare con il debitore prima di registrare &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>promise to pay</source>
        <translation>promessa di pagamento</translation>
    </message>
    <message>
        <source>this outcome</source>
        <translation>questo esito</translation>
    </message>
    <message>
        <source>Third party: say who answered (family, workplace, other).</source>
        <translation>Terzi: indica chi ha risposto (familiare, lavoro, altro).</translation>
    </message>
    <message>
        <source>Promise to pay: enter the amount and the date.</source>
        <translation>Promessa di pagamento: inserisci l&apos;importo e la data.</translation>
    </message>
    <message>
        <source>Promise to pay: the amount must be more than zero.</source>
        <translation>Promessa di pagamento: l&apos;importo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>Promise to pay: %1 is more than the balance of %2.</source>
        <translation>Promessa di pagamento: %1 supera il saldo di %2.</translation>
    </message>
    <message>
        <source>Promise to pay: enter the date.</source>
        <translation>Promessa di pagamento: inserisci la data.</translation>
    </message>
    <message>
        <source>Promise to pay: the date is in the past.</source>
        <translation>Promessa di pagamento: la data è nel passato.</translation>
    </message>
    <message numerus="yes">
        <source>Promise to pay: more than %n day(s) away; propose a plan instead.</source>
        <translation>
            <numerusform>Promessa di pagamento: oltre %n giorno; proponi invece un piano.</numerusform>
            <numerusform>Promessa di pagamento: oltre %n giorni; proponi invece un piano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Promise to pay: %1 is not a business day; the first one after is %2.</source>
        <translation>Promessa di pagamento: %1 non è un giorno lavorativo; il primo successivo è %2.</translation>
    </message>
    <message>
        <source>Next step: enter when.</source>
        <translation>Prossimo passo: indica quando.</translation>
    </message>
    <message>
        <source>Next step: the callback time is in the past.</source>
        <translation>Prossimo passo: l&apos;ora del richiamo è nel passato.</translation>
    </message>
    <message>
        <source>Next step: the reminder date is in the past.</source>
        <translation>Prossimo passo: la data del promemoria è nel passato.</translation>
    </message>
    <message>
        <source>Next step: the debtor asked for a callback; enter when.</source>
        <translation>Prossimo passo: il debitore ha chiesto di essere richiamato; indica quando.</translation>
    </message>
    <message>
        <source>Opt-out: choose the number the debtor does not want to be called on.</source>
        <translation>Opposizione: scegli il numero su cui il debitore non vuole essere chiamato.</translation>
    </message>
    <message>
        <source>Vulnerability: record it only with the debtor&apos;s explicit consent.</source>
        <translation>Vulnerabilità: registrala solo con il consenso esplicito del debitore.</translation>
    </message>
    <message>
        <source>Satisfaction: a score is out of range.</source>
        <translation>Soddisfazione: un punteggio è fuori scala.</translation>
    </message>
</context>
<context>
    <name>ClientConfig</name>
    <message>
        <source>The client needs a short code (e.g. ACQUA-NORD).</source>
        <translation>Il committente ha bisogno di un codice breve (es. ACQUA-NORD).</translation>
    </message>
    <message>
        <source>The code is 2 to 20 letters, digits, &apos;-&apos; or &apos;_&apos; (it names folders and files).</source>
        <translation>Il codice è fatto di 2-20 lettere, cifre, &apos;-&apos; o &apos;_&apos; (dà il nome a cartelle e file).</translation>
    </message>
    <message>
        <source>The client needs a name.</source>
        <translation>Il committente ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>The PagoPA creditor code is the creditor&apos;s 11-digit fiscal code.</source>
        <translation>Il codice ente creditore PagoPA è il codice fiscale di 11 cifre dell&apos;ente.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Between 1 and 120 installments.</source>
        <translation>Tra 1 e 120 rate.</translation>
    </message>
    <message>
        <source>The smallest installment cannot be negative.</source>
        <translation>La rata minima non può essere negativa.</translation>
    </message>
    <message>
        <source>A plan lasts between 1 and 120 months.</source>
        <translation>Un piano dura tra 1 e 120 mesi.</translation>
    </message>
    <message>
        <source>A discount is between 0% and 100%.</source>
        <translation>Uno sconto è compreso tra 0% e 100%.</translation>
    </message>
    <message>
        <source>An operator cannot grant more discount than the team lead (%1%).</source>
        <translation>Un operatore non può concedere più sconto del capo team (%1%).</translation>
    </message>
    <message>
        <source>The protected minimum cannot be negative.</source>
        <translation>Il minimo vitale non può essere negativo.</translation>
    </message>
    <message>
        <source>Caring calls start 0 to 60 days before the due date.</source>
        <translation>Le chiamate di caring iniziano da 0 a 60 giorni prima della scadenza.</translation>
    </message>
    <message>
        <source>Formal notice comes 1 to 365 days after the due date.</source>
        <translation>La messa in mora arriva da 1 a 365 giorni dopo la scadenza.</translation>
    </message>
    <message>
        <source>Between 1 and 12 missed installments.</source>
        <translation>Tra 1 e 12 rate non pagate.</translation>
    </message>
    <message>
        <source>Between 1 and 365 days late.</source>
        <translation>Tra 1 e 365 giorni di ritardo.</translation>
    </message>
    <message>
        <source>Between 1 and 5 conversations a day.</source>
        <translation>Tra 1 e 5 conversazioni al giorno.</translation>
    </message>
    <message>
        <source>Type times as 08:30.</source>
        <translation>Scrivi gli orari come 08:30.</translation>
    </message>
    <message>
        <source>The window ends (%1) before it starts (%2).</source>
        <translation>La fascia finisce (%1) prima di iniziare (%2).</translation>
    </message>
    <message>
        <source>The escalation ladder needs at least one step.</source>
        <translation>La scala di sollecito ha bisogno di almeno un passo.</translation>
    </message>
    <message>
        <source>Step %1: &quot;%2&quot; is not a stage of the ladder.</source>
        <translation>Passo %1: &quot;%2&quot; non è una fase della scala.</translation>
    </message>
    <message>
        <source>Step %1: %2 appears twice.</source>
        <translation>Passo %1: %2 compare due volte.</translation>
    </message>
    <message>
        <source>Step %1: a step starts at least 1 day after the due date.</source>
        <translation>Passo %1: un passo inizia almeno 1 giorno dopo la scadenza.</translation>
    </message>
    <message>
        <source>Step %1 (%2) starts on day %3, not after the previous step (day %4): the days must increase.</source>
        <translation>Il passo %1 (%2) inizia al giorno %3, non dopo il passo precedente (giorno %4): i giorni devono crescere.</translation>
    </message>
    <message>
        <source>Formal notice on day %1 comes before the %2 days the mandate allows.</source>
        <translation>La messa in mora al giorno %1 arriva prima dei %2 giorni consentiti dal mandato.</translation>
    </message>
    <message>
        <source>Accept at least one payment channel.</source>
        <translation>Accetta almeno un canale di pagamento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment channel.</source>
        <translation>&quot;%1&quot; non è un canale di pagamento.</translation>
    </message>
    <message>
        <source>Give at least one operator a list of provinces.</source>
        <translation>Assegna un elenco di province ad almeno un operatore.</translation>
    </message>
    <message>
        <source>%1 is not an operator of this client.</source>
        <translation>%1 non è un operatore di questo committente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province code (MI, RM...).</source>
        <translation>&quot;%1&quot; non è una sigla di provincia (MI, RM...).</translation>
    </message>
    <message>
        <source>%1 is in the lists of both %2 and %3.</source>
        <translation>%1 è negli elenchi sia di %2 sia di %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client setting (settings: %2).</source>
        <translation>&quot;%1&quot; non è un&apos;impostazione del committente (impostazioni: %2).</translation>
    </message>
    <message>
        <source>%1: a text is expected.</source>
        <translation>%1: è atteso un testo.</translation>
    </message>
    <message>
        <source>%1: a whole number is expected.</source>
        <translation>%1: è atteso un numero intero.</translation>
    </message>
    <message>
        <source>%1: a percentage such as 12.5 is expected.</source>
        <translation>%1: è attesa una percentuale come 12.5.</translation>
    </message>
    <message>
        <source>contact_windows.%1: two times such as [&quot;08:30&quot;, &quot;21:00&quot;] are expected.</source>
        <translation>contact_windows.%1: sono attesi due orari come [&quot;08:30&quot;, &quot;21:00&quot;].</translation>
    </message>
    <message>
        <source>escalation_ladder: each step is {&quot;stage&quot;: ..., &quot;days&quot;: N}.</source>
        <translation>escalation_ladder: ogni passo è {&quot;stage&quot;: ..., &quot;days&quot;: N}.</translation>
    </message>
    <message>
        <source>assignment.kind: &quot;%1&quot; is not balanced_count, balanced_amount or provinces.</source>
        <translation>assignment.kind: &quot;%1&quot; non è balanced_count, balanced_amount o provinces.</translation>
    </message>
    <message>
        <source>The window locks after 1 to 120 idle minutes.</source>
        <translation>La finestra si blocca dopo 1-120 minuti di inattività.</translation>
    </message>
    <message>
        <source>Data is kept 0 to 120 months after the mandate ends.</source>
        <translation>I dati si conservano da 0 a 120 mesi dopo la fine del mandato.</translation>
    </message>
    <message>
        <source>mandate_ended_on: a date such as &quot;2026-06-30&quot; or null is expected.</source>
        <translation>mandate_ended_on: serve una data come &quot;2026-06-30&quot; oppure null.</translation>
    </message>
    <message>
        <source>The monthly fee cannot be negative.</source>
        <translation>Il compenso mensile non può essere negativo.</translation>
    </message>
    <message>
        <source>The success fee is 0 to 100% of what is collected.</source>
        <translation>La provvigione sul recuperato va da 0 a 100%.</translation>
    </message>
    <message>
        <source>Reports are written in Italian (it) or English (en).</source>
        <translation>I report sono scritti in italiano (it) o in inglese (en).</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
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
        <translation>Non c&apos;è un committente con codice %1.</translation>
    </message>
    <message>
        <source>set up clients</source>
        <translation>configurare i committenti</translation>
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
        <translation>bonifico</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>postal slip</source>
        <translation>bollettino postale</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>domiciliazione bancaria</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>contanti</translation>
    </message>
    <message>
        <source>outgoing call</source>
        <translation>chiamata in uscita</translation>
    </message>
    <message>
        <source>incoming call</source>
        <translation>chiamata in entrata</translation>
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
        <translation>lettera</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>caring (before the due date)</source>
        <translation>caring (prima della scadenza)</translation>
    </message>
    <message>
        <source>first reminder</source>
        <translation>primo sollecito</translation>
    </message>
    <message>
        <source>follow-up reminder</source>
        <translation>sollecito successivo</translation>
    </message>
    <message>
        <source>negotiation</source>
        <translation>negoziazione</translation>
    </message>
    <message>
        <source>installment reminder</source>
        <translation>promemoria rata</translation>
    </message>
    <message>
        <source>broken promise</source>
        <translation>promessa non mantenuta</translation>
    </message>
    <message>
        <source>close-the-loop</source>
        <translation>richiamata di ascolto</translation>
    </message>
    <message>
        <source>inbound call</source>
        <translation>chiamata ricevuta</translation>
    </message>
    <message>
        <source>payment education</source>
        <translation>educazione al pagamento</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>bill not received</source>
        <translation>bolletta non ricevuta</translation>
    </message>
    <message>
        <source>forgot the due date</source>
        <translation>dimenticata la scadenza</translation>
    </message>
    <message>
        <source>temporary lack of money</source>
        <translation>mancanza temporanea di liquidità</translation>
    </message>
    <message>
        <source>job loss</source>
        <translation>perdita del lavoro</translation>
    </message>
    <message>
        <source>illness</source>
        <translation>malattia</translation>
    </message>
    <message>
        <source>dispute about the service or the bill</source>
        <translation>contestazione del servizio o della bolletta</translation>
    </message>
    <message>
        <source>contested meter reading</source>
        <translation>lettura del contatore contestata</translation>
    </message>
    <message>
        <source>already paid</source>
        <translation>già pagato</translation>
    </message>
    <message>
        <source>refuses</source>
        <translation>rifiuta di pagare</translation>
    </message>
    <message>
        <source>billing error</source>
        <translation>errore di fatturazione</translation>
    </message>
    <message>
        <source>meter reading</source>
        <translation>lettura del contatore</translation>
    </message>
    <message>
        <source>service outage</source>
        <translation>interruzione del servizio</translation>
    </message>
    <message>
        <source>customer service</source>
        <translation>servizio clienti</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>in attesa di approvazione</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>decaduto</translation>
    </message>
    <message>
        <source>renegotiated</source>
        <translation>rinegoziato</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>respinto</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagato</translation>
    </message>
    <message>
        <source>late</source>
        <translation>in ritardo</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>non pagata</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>mantenuta</translation>
    </message>
    <message>
        <source>forwarded to the client</source>
        <translation>inoltrato al committente</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>risolto</translation>
    </message>
    <message>
        <source>debtor</source>
        <translation>debitore</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familiare</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>lavoro</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>terzo</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>consenso dato</translation>
    </message>
    <message>
        <source>consent refused</source>
        <translation>consenso negato</translation>
    </message>
    <message>
        <source>consent not asked</source>
        <translation>consenso non chiesto</translation>
    </message>
    <message>
        <source>over 75</source>
        <translation>oltre 75 anni</translation>
    </message>
    <message>
        <source>social bonus</source>
        <translation>bonus sociale</translation>
    </message>
    <message>
        <source>life-support equipment</source>
        <translation>apparecchiature salvavita</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>disabilità</translation>
    </message>
    <message>
        <source>disclosed hardship</source>
        <translation>difficoltà dichiarata</translation>
    </message>
    <message>
        <source>plan active</source>
        <translation>piano attivo</translation>
    </message>
    <message>
        <source>plan awaiting approval</source>
        <translation>piano in attesa di approvazione</translation>
    </message>
    <message>
        <source>plan broken</source>
        <translation>piano decaduto</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>promessa</translation>
    </message>
    <message>
        <source>promise due today</source>
        <translation>promessa in scadenza oggi</translation>
    </message>
    <message>
        <source>promise broken</source>
        <translation>promessa non mantenuta</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupato</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>numero errato</translation>
    </message>
    <message>
        <source>message left</source>
        <translation>messaggio lasciato</translation>
    </message>
    <message>
        <source>promise to pay</source>
        <translation>promessa di pagamento</translation>
    </message>
    <message>
        <source>plan requested</source>
        <translation>piano richiesto</translation>
    </message>
    <message>
        <source>paid during the call</source>
        <translation>pagato durante la chiamata</translation>
    </message>
    <message>
        <source>dispute raised</source>
        <translation>contestazione</translation>
    </message>
    <message>
        <source>callback requested</source>
        <translation>richiamata richiesta</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiuto</translation>
    </message>
    <message>
        <source>message sent</source>
        <translation>messaggio inviato</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>arrabbiato</translation>
    </message>
    <message>
        <source>worried</source>
        <translation>preoccupato</translation>
    </message>
    <message>
        <source>in difficulty</source>
        <translation>in difficoltà</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>confuso</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>calmo</translation>
    </message>
    <message>
        <source>evasive</source>
        <translation>evasivo</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>richiamata</translation>
    </message>
    <message>
        <source>caring call</source>
        <translation>chiamata di caring</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>sollecito</translation>
    </message>
    <message>
        <source>installment</source>
        <translation>rata</translation>
    </message>
    <message>
        <source>promise due</source>
        <translation>promessa in scadenza</translation>
    </message>
    <message>
        <source>close-the-loop call</source>
        <translation>richiamata di ascolto</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisione</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approvazione</translation>
    </message>
    <message>
        <source>formal notice</source>
        <translation>messa in mora</translation>
    </message>
    <message>
        <source>vulnerable</source>
        <translation>vulnerabile</translation>
    </message>
    <message>
        <source>dispute/hold</source>
        <translation>contestazione/sospeso</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>non contattare</translation>
    </message>
    <message>
        <source>prescribed bills</source>
        <translation>bollette prescritte</translation>
    </message>
    <message>
        <source>unverified contacts only</source>
        <translation>solo recapiti non verificati</translation>
    </message>
    <message>
        <source>callback the debtor asked for</source>
        <translation>richiamata chiesta dal debitore</translation>
    </message>
    <message>
        <source>first assignment</source>
        <translation>prima assegnazione</translation>
    </message>
    <message>
        <source>portfolio assignment</source>
        <translation>assegnazione del portafoglio</translation>
    </message>
    <message>
        <source>the client&apos;s rule: %1</source>
        <translation>regola del committente: %1</translation>
    </message>
    <message>
        <source>recorded by an operator</source>
        <translation>registrato da un operatore</translation>
    </message>
    <message>
        <source>imported from a file</source>
        <translation>importato da file</translation>
    </message>
    <message>
        <source>from another office</source>
        <translation>da un&apos;altra sede</translation>
    </message>
    <message>
        <source>repayment plan</source>
        <translation>piano di rientro</translation>
    </message>
    <message>
        <source>settlement, single payment</source>
        <translation>saldo e stralcio, pagamento unico</translation>
    </message>
    <message>
        <source>settlement in installments</source>
        <translation>saldo e stralcio a rate</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensile</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>ogni due settimane</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Codice cliente</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creazione</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>riattivazione</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>disattivazione</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>azzeramento password</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>cambio password</translation>
    </message>
    <message>
        <source>interlocutor assigned</source>
        <translation>assegnazione dell&apos;interlocutore</translation>
    </message>
    <message>
        <source>debtors assigned by the rule</source>
        <translation>assegnazione dei debitori con la regola</translation>
    </message>
    <message>
        <source>file imported</source>
        <translation>importazione di un file</translation>
    </message>
    <message>
        <source>data exported</source>
        <translation>esportazione di dati</translation>
    </message>
    <message>
        <source>contact refused</source>
        <translation>rifiuto dei contatti</translation>
    </message>
    <message>
        <source>vulnerability recorded</source>
        <translation>registrazione di una fragilità</translation>
    </message>
    <message>
        <source>contact rule overridden</source>
        <translation>deroga alle regole di contatto</translation>
    </message>
    <message>
        <source>bill receipt confirmed</source>
        <translation>conferma di ricezione della bolletta</translation>
    </message>
    <message>
        <source>sync conflicts reviewed</source>
        <translation>revisione dei conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>accesso fallito</translation>
    </message>
    <message>
        <source>audit log verified</source>
        <translation>verifica del registro di audit</translation>
    </message>
    <message>
        <source>register of operations exported</source>
        <translation>esportazione del registro delle operazioni</translation>
    </message>
    <message>
        <source>demo portfolio built</source>
        <translation>creazione del portafoglio dimostrativo</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contatto</translation>
    </message>
    <message>
        <source>call or message</source>
        <translation>chiamata o messaggio</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pagamento</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>bolletta</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>reclamo</translation>
    </message>
    <message>
        <source>message</source>
        <translation>messaggio</translation>
    </message>
    <message>
        <source>client</source>
        <translation>committente</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utente</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portafoglio</translation>
    </message>
    <message>
        <source>store</source>
        <translation>archivio</translation>
    </message>
    <message>
        <source>sync conflicts</source>
        <translation>conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>Listened without interrupting</source>
        <translation>Ascoltato senza interrompere</translation>
    </message>
    <message>
        <source>Acknowledged the emotion</source>
        <translation>Riconosciuta l&apos;emozione</translation>
    </message>
    <message>
        <source>Asked the reason for non-payment</source>
        <translation>Chiesto il motivo del mancato pagamento</translation>
    </message>
    <message>
        <source>Explained the situation clearly</source>
        <translation>Spiegata la situazione con chiarezza</translation>
    </message>
    <message>
        <source>Offered a solution</source>
        <translation>Proposta una soluzione</translation>
    </message>
    <message>
        <source>Agreed the next step</source>
        <translation>Concordato il prossimo passo</translation>
    </message>
    <message>
        <source>scorecard</source>
        <translation>scheda di valutazione</translation>
    </message>
    <message>
        <source>call evaluation</source>
        <translation>valutazione di una chiamata</translation>
    </message>
    <message>
        <source>plan approved</source>
        <translation>piano approvato</translation>
    </message>
    <message>
        <source>plan rejected</source>
        <translation>piano respinto</translation>
    </message>
    <message>
        <source>plan amended and approved</source>
        <translation>piano modificato e approvato</translation>
    </message>
    <message>
        <source>broken plan reviewed</source>
        <translation>piano decaduto esaminato</translation>
    </message>
    <message>
        <source>absence and backup</source>
        <translation>assenza e sostituto</translation>
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
    <name>ConflictRepository</name>
    <message>
        <source>reviewing sync conflicts</source>
        <translation>la revisione dei conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>Reading the sync conflicts</source>
        <translation>Lettura dei conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>Counting the sync conflicts</source>
        <translation>Conteggio dei conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>Marking the conflict reviewed</source>
        <translation>Registrazione della revisione del conflitto</translation>
    </message>
    <message>
        <source>The conflict %1 is already reviewed or is not one of your client&apos;s.</source>
        <translation>Il conflitto %1 è già stato rivisto o non riguarda il tuo committente.</translation>
    </message>
</context>
<context>
    <name>ContactPolicy</name>
    <message>
        <source>national holiday (%1): no calls</source>
        <translation>festività nazionale (%1): niente chiamate</translation>
    </message>
    <message>
        <source>Sunday: no calls</source>
        <translation>domenica: niente chiamate</translation>
    </message>
    <message>
        <source>outside the contact window (%1-%2)</source>
        <translation>fuori dalla fascia di contatto (%1-%2)</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>non contattare</translation>
    </message>
    <message>
        <source>already talked to today</source>
        <translation>già sentito oggi</translation>
    </message>
    <message>
        <source>dispute hold: a complaint about the bills is open</source>
        <translation>sospeso per contestazione: è aperto un reclamo sulle bollette</translation>
    </message>
    <message>
        <source>disputed the debt or said they cannot pay: wait for a plan or a review</source>
        <translation>ha contestato il debito o detto di non poter pagare: attendere un piano o una revisione</translation>
    </message>
    <message>
        <source>only unverified or third-party numbers: no debt details before the identity check</source>
        <translation>solo numeri non verificati o di terzi: nessun dettaglio sul debito prima della verifica dell&apos;identità</translation>
    </message>
    <message>
        <source>no postal address</source>
        <translation>nessun indirizzo postale</translation>
    </message>
    <message>
        <source>choose the phone or e-mail to write to</source>
        <translation>scegli il telefono o l&apos;e-mail a cui scrivere</translation>
    </message>
    <message>
        <source>an SMS needs a phone number</source>
        <translation>un SMS richiede un numero di telefono</translation>
    </message>
    <message>
        <source>an e-mail needs an e-mail address</source>
        <translation>un&apos;e-mail richiede un indirizzo e-mail</translation>
    </message>
    <message>
        <source>the debtor opted out of this contact</source>
        <translation>il debitore si è opposto a questo contatto</translation>
    </message>
    <message>
        <source>the debtor denied consent for this contact</source>
        <translation>il debitore ha negato il consenso per questo contatto</translation>
    </message>
    <message>
        <source>not the debtor&apos;s own verified contact: no debt details</source>
        <translation>non è un contatto verificato del debitore: nessun dettaglio sul debito</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quoted field is never closed (a missing &quot;)</source>
        <translation>riga %1: un campo tra virgolette non viene mai chiuso (manca una &quot;)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>the file says it is UTF-16 but has an odd number of bytes</source>
        <translation>il file si dichiara UTF-16 ma ha un numero dispari di byte</translation>
    </message>
    <message>
        <source>line %1 holds a NUL byte: this is not a text file (or it is UTF-16 without a byte-order mark; save it as UTF-8)</source>
        <translation>la riga %1 contiene un byte NUL: non è un file di testo (o è UTF-16 senza BOM; salvalo come UTF-8)</translation>
    </message>
    <message>
        <source>line %1: byte 0x%2 is neither UTF-8 nor Windows-1252; save the file as UTF-8</source>
        <translation>riga %1: il byte 0x%2 non è né UTF-8 né Windows-1252; salva il file come UTF-8</translation>
    </message>
    <message>
        <source>the file mixes UTF-8 (line %1) and Windows-1252 (line %2); save it again in one encoding, UTF-8</source>
        <translation>il file mescola UTF-8 (riga %1) e Windows-1252 (riga %2); salvalo di nuovo in una sola codifica, UTF-8</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 bytes (a quote that is never closed?)</source>
        <translation>riga %1: un campo è più lungo di %2 byte (virgolette mai chiuse?)</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 bytes</source>
        <translation>riga %1: un campo è più lungo di %2 byte</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Customer code</source>
        <translation>Codice cliente</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Persona o azienda</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Ragione sociale</translation>
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
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
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
        <translation>IBAN (addebito diretto)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>POD / PDR</source>
        <translation>POD / PDR</translation>
    </message>
    <message>
        <source>Billing frequency</source>
        <translation>Periodicità di fatturazione</translation>
    </message>
    <message>
        <source>Supply address</source>
        <translation>Indirizzo di fornitura</translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation>Numero bolletta</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Data emissione</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Importo pagato</translation>
    </message>
    <message>
        <source>PagoPA notice code</source>
        <translation>Codice avviso PagoPA</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Inviata per</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Riferimento del pagamento</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Data del pagamento</translation>
    </message>
    <message>
        <source>Payment channel</source>
        <translation>Canale di pagamento</translation>
    </message>
    <message>
        <source>Bill number paid</source>
        <translation>Numero bolletta pagata</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form yyyy-mm-dd</source>
        <translation>&quot;%1&quot; non è una data nella forma aaaa-mm-gg</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form dd/mm/yyyy</source>
        <translation>&quot;%1&quot; non è una data nella forma gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>&quot;%1&quot; non è una data (gg/mm/aaaa o aaaa-mm-gg)</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>manca la data</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an impossible date</source>
        <translation>&quot;%1&quot; è una data impossibile</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>manca l&apos;importo</translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation>l&apos;importo %1 è negativo</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>riga %1: %2: %3</translation>
    </message>
    <message>
        <source>duplicate of line %1 in the same file</source>
        <translation>doppione della riga %1 dello stesso file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of file: use debtors, invoices or payments</source>
        <translation>&quot;%1&quot; non è un tipo di file: usare debtors, invoices o payments</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy: use all-or-nothing or valid-rows</source>
        <translation>&quot;%1&quot; non è una regola: usare all-or-nothing o valid-rows</translation>
    </message>
    <message>
        <source>%1: not a mapping file (JSON object expected): %2</source>
        <translation>%1: non è un file di corrispondenze (serve un oggetto JSON): %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a field of %3 files (fields: %4)</source>
        <translation>%1: &quot;%2&quot; non è un campo dei file %3 (campi: %4)</translation>
    </message>
    <message>
        <source>%1: decimal must be auto, comma or point</source>
        <translation>%1: decimal deve essere auto, comma o point</translation>
    </message>
    <message>
        <source>%1: dates must be auto, dmy or iso</source>
        <translation>%1: dates deve essere auto, dmy o iso</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; (for %2) is not in the file&apos;s header</source>
        <translation>la colonna &quot;%1&quot; (per %2) non è nell&apos;intestazione del file</translation>
    </message>
    <message>
        <source>no column is mapped to: %1</source>
        <translation>nessuna colonna corrisponde a: %1</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: non si può leggere: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: il file è vuoto</translation>
    </message>
    <message>
        <source>Saving the column mapping: %1</source>
        <translation>Salvataggio delle corrispondenze di colonna: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n riga letta</numerusform>
            <numerusform>%1: %n righe lette</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 new, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>; %1 nuove, %2 aggiornate, %3 invariate, %4 scartate</translation>
    </message>
    <message>
        <source>. Nothing was imported: the policy is all-or-nothing and rows were rejected</source>
        <translation>. Non è stato importato nulla: la regola è tutto-o-niente e alcune righe sono state scartate</translation>
    </message>
    <message>
        <source>. Report: %1</source>
        <translation>. Esito: %1</translation>
    </message>
    <message>
        <source>The client of the import is not in this store.</source>
        <translation>Il committente dell&apos;importazione non è in questo archivio.</translation>
    </message>
    <message>
        <source>Import cancelled; the store is unchanged.</source>
        <translation>Importazione annullata; l&apos;archivio è invariato.</translation>
    </message>
    <message>
        <source>Preparing the debtor import</source>
        <translation>Preparazione dell&apos;importazione dei debitori</translation>
    </message>
    <message>
        <source>Preparing the invoice import</source>
        <translation>Preparazione dell&apos;importazione delle bollette</translation>
    </message>
    <message>
        <source>Preparing the payment import</source>
        <translation>Preparazione dell&apos;importazione dei pagamenti</translation>
    </message>
    <message>
        <source>the customer code is missing</source>
        <translation>manca il codice cliente</translation>
    </message>
    <message>
        <source>the customer has no name</source>
        <translation>il cliente non ha un nome</translation>
    </message>
    <message>
        <source>the date of birth is in the future</source>
        <translation>la data di nascita è nel futuro</translation>
    </message>
    <message>
        <source>not a language code (it, en...)</source>
        <translation>non è un codice di lingua (it, en...)</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>non è un indirizzo e-mail</translation>
    </message>
    <message>
        <source>not a billing frequency (monthly, bimonthly, quarterly, half-yearly, yearly)</source>
        <translation>non è una periodicità di fatturazione (mensile, bimestrale, trimestrale, semestrale, annuale)</translation>
    </message>
    <message>
        <source>Saving the debtor</source>
        <translation>Salvataggio del debitore</translation>
    </message>
    <message>
        <source>Saving a contact</source>
        <translation>Salvataggio di un recapito</translation>
    </message>
    <message>
        <source>Saving the supply</source>
        <translation>Salvataggio della fornitura</translation>
    </message>
    <message>
        <source>the bill number is missing</source>
        <translation>manca il numero della bolletta</translation>
    </message>
    <message>
        <source>the due date is before the issue date</source>
        <translation>la scadenza è precedente all&apos;emissione</translation>
    </message>
    <message>
        <source>more than the bill&apos;s amount</source>
        <translation>più dell&apos;importo della bolletta</translation>
    </message>
    <message>
        <source>not a delivery channel (post, e-mail, PEC, app)</source>
        <translation>non è un canale di invio (posta, e-mail, PEC, app)</translation>
    </message>
    <message>
        <source>the debtor has no supply with this POD/PDR</source>
        <translation>il debitore non ha una fornitura con questo POD/PDR</translation>
    </message>
    <message>
        <source>Saving the bill</source>
        <translation>Salvataggio della bolletta</translation>
    </message>
    <message>
        <source>the payment reference is missing</source>
        <translation>manca il riferimento del pagamento</translation>
    </message>
    <message>
        <source>a payment of zero</source>
        <translation>un pagamento di zero</translation>
    </message>
    <message>
        <source>the payment date is in the future</source>
        <translation>la data del pagamento è nel futuro</translation>
    </message>
    <message>
        <source>not a payment channel (PagoPA, bank transfer, online, postal slip, direct debit, cash)</source>
        <translation>non è un canale di pagamento (PagoPA, bonifico, online, bollettino, addebito diretto, contanti)</translation>
    </message>
    <message>
        <source>the bill belongs to another customer</source>
        <translation>la bolletta appartiene a un altro cliente</translation>
    </message>
    <message>
        <source>no bill of this client has this number</source>
        <translation>nessuna bolletta di questo committente ha questo numero</translation>
    </message>
    <message>
        <source>this reference was already imported with %1 cents</source>
        <translation>questo riferimento è già stato importato con %1 centesimi</translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation>L&apos;esito %1 non si può scrivere: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Only an administrator or the client&apos;s team lead can import files.</source>
        <translation>Solo un amministratore o il capo team del committente può importare file.</translation>
    </message>
    <message>
        <source>Preparing the bulk load</source>
        <translation>Preparazione del caricamento in blocco</translation>
    </message>
    <message>
        <source>%1 has more than two decimals</source>
        <translation>%1 ha più di due decimali</translation>
    </message>
    <message>
        <source>a control character (code %1) is in the value</source>
        <translation>il valore contiene un carattere di controllo (codice %1)</translation>
    </message>
    <message>
        <source>(column without a name)</source>
        <translation>(colonna senza nome)</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; appears twice (columns %2 and %3): rename one so that %4 is not read from the wrong column</source>
        <translation>l&apos;intestazione &quot;%1&quot; compare due volte (colonne %2 e %3): rinominane una perché %4 non venga letto dalla colonna sbagliata</translation>
    </message>
    <message numerus="yes">
        <source>; %n optional value(s) left out with a warning</source>
        <translation>
            <numerusform>; %n valore facoltativo tralasciato con un avviso</numerusform>
            <numerusform>; %n valori facoltativi tralasciati con un avviso</numerusform>
        </translation>
    </message>
    <message>
        <source>. Columns not imported (no field is mapped to them): %1</source>
        <translation>. Colonne non importate (nessun campo associato): %1</translation>
    </message>
    <message>
        <source>the file has no codice fiscale or partita IVA column: debtors are imported by their customer code; ask the client for the tax codes before any formal step</source>
        <translation>il file non ha una colonna codice fiscale o partita IVA: i debitori sono importati con il loro codice cliente; chiedi i codici fiscali al committente prima di ogni passo formale</translation>
    </message>
    <message>
        <source>Another program is writing to the store (an import, a sync or the daily refresh); the import waits for it to finish.</source>
        <translation>Un altro programma sta scrivendo nell&apos;archivio (un&apos;importazione, una sincronizzazione o l&apos;aggiornamento giornaliero); l&apos;importazione attende che finisca.</translation>
    </message>
    <message numerus="yes">
        <source>The store stayed busy for %n minute(s); nothing was imported. Try again later.</source>
        <translation>
            <numerusform>L&apos;archivio è rimasto occupato per %n minuto; non è stato importato nulla. Riprova più tardi.</numerusform>
            <numerusform>L&apos;archivio è rimasto occupato per %n minuti; non è stato importato nulla. Riprova più tardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>not a kind of customer (person or company): taken as a person</source>
        <translation>non è un tipo di cliente (persona o azienda): considerato persona</translation>
    </message>
    <message>
        <source>not a service (electricity, gas or water): the supply is left out</source>
        <translation>non è un servizio (luce, gas o acqua): la fornitura è tralasciata</translation>
    </message>
    <message>
        <source>a supply point needs its service (electricity, gas or water): the supply is left out</source>
        <translation>un punto di fornitura richiede il suo servizio (luce, gas o acqua): la fornitura è tralasciata</translation>
    </message>
    <message>
        <source>neither codice fiscale nor partita IVA: the debtor is imported, ask the client for it before any formal step</source>
        <translation>né codice fiscale né partita IVA: il debitore è importato, chiedilo al committente prima di ogni passo formale</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>The report cannot be written next to %1 (the folder is not writable or %2 is not a plain file).</source>
        <translation>Il resoconto non può essere scritto accanto a %1 (la cartella non è scrivibile o %2 non è un file normale).</translation>
    </message>
    <message>
        <source>The report %1 is not a plain file; remove it.</source>
        <translation>Il resoconto %1 non è un file normale; rimuovilo.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>no field is mapped to this column: not imported</source>
        <translation>nessun campo associato a questa colonna: non importata</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>no debtor of this client has this customer code (import the debtors first)</source>
        <translation>nessun debitore di questo committente ha questo codice cliente (importa prima i debitori)</translation>
    </message>
    <message>
        <source>. This file was imported whole with the same columns on %1: nothing to do</source>
        <translation>. Questo file è già stato importato per intero con le stesse colonne il %1: non c&apos;è niente da fare</translation>
    </message>
    <message>
        <source>Remembering the file</source>
        <translation>Registrazione del file importato</translation>
    </message>
    <message>
        <source>Saving the rows of the file</source>
        <translation>Salvataggio delle righe del file</translation>
    </message>
    <message>
        <source>Recording the interlocutor</source>
        <translation>Registrazione dell&apos;interlocutore</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message numerus="yes">
        <source>%n installment(s) late</source>
        <translation>
            <numerusform>%n rata in ritardo</numerusform>
            <numerusform>%n rate in ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s) missed</source>
        <translation>
            <numerusform>%n rata non pagata</numerusform>
            <numerusform>%n rate non pagate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) broken (the team lead has a review)</source>
        <translation>
            <numerusform>%n piano decaduto (il capo team ha una revisione)</numerusform>
            <numerusform>%n piani decaduti (il capo team ha una revisione)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) kept</source>
        <translation>
            <numerusform>%n promessa mantenuta</numerusform>
            <numerusform>%n promesse mantenute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) broken</source>
        <translation>
            <numerusform>%n promessa non mantenuta</numerusform>
            <numerusform>%n promesse non mantenute</numerusform>
        </translation>
    </message>
    <message>
        <source>balances, aging and stages brought to the day</source>
        <translation>saldi, anzianità e fasi aggiornati al giorno</translation>
    </message>
    <message>
        <source>Daily check of %1: nothing changed.</source>
        <translation>Controllo del giorno %1: nulla è cambiato.</translation>
    </message>
    <message>
        <source>Daily check of %1: %2.</source>
        <translation>Controllo del giorno %1: %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>L&apos;archivio %1 non esiste.</translation>
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
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>una riga di %1 rimanda a una riga mancante di %2</translation>
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
    <message>
        <source>Reading the operator&apos;s debtors</source>
        <translation>Lettura dei debitori dell&apos;operatore</translation>
    </message>
    <message>
        <source>Handing over the open tasks</source>
        <translation>Passaggio delle attività aperte</translation>
    </message>
    <message>
        <source>The company name is empty.</source>
        <translation>La ragione sociale è vuota.</translation>
    </message>
    <message>
        <source>The debtor&apos;s name is empty.</source>
        <translation>Il nome del debitore è vuoto.</translation>
    </message>
    <message>
        <source>The postal code (CAP) has five digits: &quot;%1&quot; is not one.</source>
        <translation>Il CAP ha cinque cifre: &quot;%1&quot; non lo è.</translation>
    </message>
    <message>
        <source>The province is its two-letter code (MI, RM...): &quot;%1&quot; is not one.</source>
        <translation>La provincia è la sua sigla di due lettere (MI, RM...): &quot;%1&quot; non lo è.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>La data di nascita %1 è nel futuro.</translation>
    </message>
    <message>
        <source>The debtor&apos;s language is Italian or English.</source>
        <translation>La lingua del debitore è l&apos;italiano o l&apos;inglese.</translation>
    </message>
    <message>
        <source>Correcting the debtor&apos;s details</source>
        <translation>Correzione dei dati del debitore</translation>
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
    <message>
        <source>Updating the search index</source>
        <translation>Aggiornamento dell&apos;indice di ricerca</translation>
    </message>
    <message>
        <source>Updating the portfolio row</source>
        <translation>Aggiornamento della riga del portafoglio</translation>
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
    <name>Devices</name>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>La libreria crittografica non si avvia.</translation>
    </message>
    <message>
        <source>The device %1 is not enrolled here.</source>
        <translation>Il dispositivo %1 non è registrato qui.</translation>
    </message>
    <message>
        <source>A device cannot enrol itself.</source>
        <translation>Un dispositivo non può registrare se stesso.</translation>
    </message>
    <message>
        <source>The public key of device %1 is not a 32-byte key.</source>
        <translation>La chiave pubblica del dispositivo %1 non è una chiave di 32 byte.</translation>
    </message>
    <message>
        <source>The kind of device must be head_office, branch or workstation, not %1.</source>
        <translation>Il tipo di dispositivo deve essere head_office, branch o workstation, non %1.</translation>
    </message>
    <message>
        <source>Enrolling device %1</source>
        <translation>Registrazione del dispositivo %1</translation>
    </message>
    <message>
        <source>enrol devices</source>
        <translation>registrare dispositivi</translation>
    </message>
    <message>
        <source>This is not an enrolment request (expected ascolto-device:ID:KEY, as ascolto-cli device request prints it on the new device).</source>
        <translation>Questa non è una richiesta di registrazione (atteso ascolto-device:ID:CHIAVE, come la stampa ascolto-cli device request sul nuovo dispositivo).</translation>
    </message>
    <message>
        <source>revoke devices</source>
        <translation>revocare dispositivi</translation>
    </message>
    <message>
        <source>Revoking device %1</source>
        <translation>Revoca del dispositivo %1</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Sede centrale</translation>
    </message>
    <message>
        <source>Name the users who log in on the device (a workstation or a branch receives only what they may see).</source>
        <translation>Indica gli utenti che accedono dal dispositivo (una postazione o una filiale riceve solo ciò che loro possono vedere).</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Non esiste l&apos;utente %1.</translation>
    </message>
    <message>
        <source>What device %1 holds</source>
        <translation>Ciò che il dispositivo %1 contiene</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>erase a client&apos;s debtors</source>
        <translation>cancellare i debitori di un committente</translation>
    </message>
    <message>
        <source>The mandate of client %1 has not ended: set the date it ended first (client settings, mandate_ended_on).</source>
        <translation>Il mandato del committente %1 non è finito: indicare prima la data in cui è terminato (impostazioni del committente, mandate_ended_on).</translation>
    </message>
    <message numerus="yes">
        <source>The debtors of client %1 are kept until %2 (%n month(s) after the mandate ended on %3): they can be erased from %4.</source>
        <translation>
            <numerusform>I debitori del committente %1 si conservano fino al %2 (%n mese dopo la fine del mandato il %3): si possono cancellare dal %4.</numerusform>
            <numerusform>I debitori del committente %1 si conservano fino al %2 (%n mesi dopo la fine del mandato il %3): si possono cancellare dal %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the client&apos;s debtors</source>
        <translation>Elenco dei debitori del committente</translation>
    </message>
    <message>
        <source>This store holds no debtor of client %1: there is nothing to erase.</source>
        <translation>Questo archivio non contiene debitori del committente %1: non c&apos;è nulla da cancellare.</translation>
    </message>
    <message>
        <source>Recording the erasure</source>
        <translation>Registrazione della cancellazione</translation>
    </message>
    <message>
        <source>Recording the erased debtors</source>
        <translation>Registrazione dei debitori cancellati</translation>
    </message>
    <message>
        <source>This is not an erasure certificate (%1).</source>
        <translation>Questo non è un certificato di cancellazione (%1).</translation>
    </message>
    <message>
        <source>no &quot;certificate&quot; object</source>
        <translation>manca l&apos;oggetto &quot;certificate&quot;</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>La libreria crittografica non si avvia.</translation>
    </message>
    <message>
        <source>The certificate carries no valid signature or key.</source>
        <translation>Il certificato non ha una firma o una chiave valida.</translation>
    </message>
    <message>
        <source>The signature does not match the content: the certificate was changed after it was signed.</source>
        <translation>La firma non corrisponde al contenuto: il certificato è stato modificato dopo la firma.</translation>
    </message>
    <message>
        <source>The certificate names the key %1 but was signed with %2.</source>
        <translation>Il certificato indica la chiave %1 ma è firmato con %2.</translation>
    </message>
    <message>
        <source>The debtors of client %1 were erased on %2, at the end of its mandate: no debtor is added to it any more. A new mandate is set up as a new client (a new code).</source>
        <translation>I debitori del committente %1 sono stati cancellati il %2, alla fine del mandato: al committente non si aggiungono più debitori. Un nuovo mandato si configura come un nuovo committente (con un nuovo codice).</translation>
    </message>
    <message>
        <source>Noting the debtors that left this device</source>
        <translation>Registrazione dei debitori usciti da questo dispositivo</translation>
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
        <translation>Promemoria gentile</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Sollecito</translation>
    </message>
    <message>
        <source>Firm reminder</source>
        <translation>Sollecito deciso</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>Messa in mora</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
</context>
<context>
    <name>HtmlPdf</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
</context>
<context>
    <name>HubLink</name>
    <message>
        <source>The hub at %1 cannot be reached: %2</source>
        <translation>L&apos;hub %1 non è raggiungibile: %2</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>nessuna risposta in tempo</translation>
    </message>
    <message>
        <source>the request&apos;s time is more than five minutes from the hub&apos;s clock</source>
        <translation>l&apos;ora della richiesta si discosta di oltre cinque minuti dall&apos;orologio dell&apos;hub</translation>
    </message>
    <message>
        <source>the request is not signed with the key enrolled for device %1</source>
        <translation>la richiesta non è firmata con la chiave registrata per il dispositivo %1</translation>
    </message>
    <message>
        <source>The hub&apos;s address must be https://HOST:PORT (it is &quot;%1&quot;).</source>
        <translation>L&apos;indirizzo dell&apos;hub deve essere https://HOST:PORTA (è &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This store has no head office yet: apply head office&apos;s first bundle (from a file) before syncing online.</source>
        <translation>Questo archivio non ha ancora una sede centrale: applicare il primo pacchetto della sede (da file) prima di sincronizzare in rete.</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM).</source>
        <translation>%1 non contiene alcun certificato (PEM).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <source>The hub refused this workstation&apos;s bundle (HTTP %1): %2</source>
        <translation>L&apos;hub ha rifiutato il pacchetto di questa postazione (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The hub sent no bundle for this workstation (HTTP %1): %2</source>
        <translation>L&apos;hub non ha inviato alcun pacchetto per questa postazione (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>A bundle taken from the hub earlier cannot be applied (kept as %1): %2</source>
        <translation>Un pacchetto ricevuto prima dall&apos;hub non si può applicare (conservato come %1): %2</translation>
    </message>
</context>
<context>
    <name>HubSchema</name>
    <message>
        <source>Cannot set up the hub&apos;s database: %1</source>
        <translation>Impossibile preparare il database dell&apos;hub: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s database was written by a newer ascolto-hub (schema %1; this one knows up to %2). Update ascolto-hub; nothing was changed.</source>
        <translation>Il database dell&apos;hub è stato scritto da un ascolto-hub più recente (schema %1; questo arriva allo %2). Aggiornare ascolto-hub; nulla è stato modificato.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Impossibile leggere la migrazione %1.</translation>
    </message>
    <message>
        <source>The migration %1 does not run: %2</source>
        <translation>La migrazione %1 non si esegue: %2</translation>
    </message>
    <message>
        <source>Migrating the hub&apos;s database to schema %1 failed: %2. It was left at schema %3.</source>
        <translation>La migrazione del database dell&apos;hub allo schema %1 non è riuscita: %2. È rimasto allo schema %3.</translation>
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
        <translation>Il database dell&apos;hub non ha ancora lo schema di Ascolto: eseguire prima ascolto-hub init.</translation>
    </message>
    <message>
        <source>The hub&apos;s database is at schema %1, this ascolto-hub at %2: run ascolto-hub migrate (after a backup).</source>
        <translation>Il database dell&apos;hub è allo schema %1, questo ascolto-hub allo %2: eseguire ascolto-hub migrate (dopo un backup).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossibile creare %1.</translation>
    </message>
    <message>
        <source>There is no client with code %1 at the hub.</source>
        <translation>Nell&apos;hub non c&apos;è nessun committente con codice %1.</translation>
    </message>
    <message>
        <source>Cannot make a working copy at %1.</source>
        <translation>Impossibile creare una copia di lavoro in %1.</translation>
    </message>
    <message>
        <source>The hub holds a firm&apos;s data already (device %1): a store is loaded only into an empty hub.</source>
        <translation>L&apos;hub contiene già i dati di una società (dispositivo %1): un archivio si carica solo in un hub vuoto.</translation>
    </message>
    <message>
        <source>Loading %1 into the hub failed at table %2: %3. The hub was not changed.</source>
        <translation>Il caricamento di %1 nell&apos;hub non è riuscito alla tabella %2: %3. L&apos;hub non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 exists already; a snapshot is written only to a new file.</source>
        <translation>%1 esiste già; un&apos;istantanea si scrive solo in un file nuovo.</translation>
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
    <name>InteractionRepository</name>
    <message>
        <source>Choose the channel, the purpose and the outcome.</source>
        <translation>Scegli il canale, lo scopo e l&apos;esito.</translation>
    </message>
    <message>
        <source>Unknown emotion &quot;%1&quot;.</source>
        <translation>Emozione sconosciuta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown reason for non-payment &quot;%1&quot;.</source>
        <translation>Motivo di mancato pagamento sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saving the conversation</source>
        <translation>Salvataggio della conversazione</translation>
    </message>
    <message>
        <source>Choose the category of the complaint.</source>
        <translation>Scegli la categoria del reclamo.</translation>
    </message>
    <message>
        <source>Describe the complaint in a few words: the client will read it.</source>
        <translation>Descrivi il reclamo in poche parole: lo leggerà il committente.</translation>
    </message>
    <message>
        <source>Saving the complaint</source>
        <translation>Salvataggio del reclamo</translation>
    </message>
    <message>
        <source>Linking the bill</source>
        <translation>Collegamento della bolletta</translation>
    </message>
    <message>
        <source>A chosen bill does not belong to this debtor.</source>
        <translation>Una bolletta scelta non appartiene a questo debitore.</translation>
    </message>
    <message>
        <source>A complaint can only be forwarded or resolved.</source>
        <translation>Un reclamo può solo essere inoltrato o risolto.</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation>Indica come è stato risolto il reclamo.</translation>
    </message>
    <message>
        <source>Reading the complaint</source>
        <translation>Lettura del reclamo</translation>
    </message>
    <message>
        <source>The complaint no longer exists.</source>
        <translation>Il reclamo non esiste più.</translation>
    </message>
    <message>
        <source>The complaint is already resolved.</source>
        <translation>Il reclamo è già risolto.</translation>
    </message>
    <message>
        <source>The complaint is already forwarded to the client.</source>
        <translation>Il reclamo è già inoltrato al committente.</translation>
    </message>
    <message>
        <source>Updating the complaint</source>
        <translation>Aggiornamento del reclamo</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Il messaggio è vuoto.</translation>
    </message>
    <message>
        <source>The chosen contact does not belong to this debtor.</source>
        <translation>Il contatto scelto non appartiene a questo debitore.</translation>
    </message>
    <message>
        <source>This message cannot be sent: %1.</source>
        <translation>Questo messaggio non può essere inviato: %1.</translation>
    </message>
    <message>
        <source>Saving the message</source>
        <translation>Salvataggio del messaggio</translation>
    </message>
    <message>
        <source>This message was already written today at %1; it is not recorded twice.</source>
        <translation>Questo messaggio è già stato scritto oggi alle %1; non viene registrato due volte.</translation>
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
    <message>
        <source>Unknown bill.</source>
        <translation>Bolletta sconosciuta.</translation>
    </message>
    <message>
        <source>Confirming the bill</source>
        <translation>Conferma della bolletta</translation>
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
    <name>MessageTemplate</name>
    <message>
        <source>%1: template %2</source>
        <translation>%1: modello %2</translation>
    </message>
    <message>
        <source>%1: a template needs a code, a title and a body.</source>
        <translation>%1: un modello richiede un codice, un titolo e un testo.</translation>
    </message>
    <message>
        <source>%1: unknown channel &quot;%2&quot;.</source>
        <translation>%1: canale sconosciuto &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: an e-mail or a letter needs a subject.</source>
        <translation>%1: un&apos;e-mail o una lettera richiede un oggetto.</translation>
    </message>
    <message>
        <source>%1: unknown placeholder {%2}.</source>
        <translation>%1: segnaposto sconosciuto {%2}.</translation>
    </message>
    <message>
        <source>%1: no templates.</source>
        <translation>%1: nessun modello.</translation>
    </message>
    <message>
        <source>it proposes a repayment plan and the debtor already has one</source>
        <translation>propone un piano di rientro e il debitore ne ha già uno</translation>
    </message>
    <message>
        <source>this debtor&apos;s card has nothing for %1</source>
        <translation>la scheda di questo debitore non ha nulla per %1</translation>
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
    <name>Outbox</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>The outbox folder %1 cannot be created.</source>
        <translation>Impossibile creare la cartella di uscita %1.</translation>
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
        <source>This plan does not belong to the debtor.</source>
        <translation>Questo piano non appartiene al debitore.</translation>
    </message>
    <message>
        <source>Only the installments of an active plan can be paid.</source>
        <translation>Si possono pagare solo le rate di un piano attivo.</translation>
    </message>
    <message>
        <source>Reading the installments</source>
        <translation>Lettura delle rate</translation>
    </message>
    <message>
        <source>Every installment of this plan is already paid.</source>
        <translation>Tutte le rate di questo piano sono già pagate.</translation>
    </message>
    <message>
        <source>The payment is %1 more than the debtor owes; allow a credit to keep it on account.</source>
        <translation>Il pagamento supera di %1 il dovuto; consenti un credito per tenerlo in acconto.</translation>
    </message>
    <message>
        <source>Settling the payments</source>
        <translation>Calcolo di quanto è pagato</translation>
    </message>
</context>
<context>
    <name>PeriodicExport</name>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promessa di pagamento</translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation>Piano di rientro</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <source>no export folder is configured</source>
        <translation>nessuna cartella di esportazione configurata</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la cartella %1 non esiste</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written (permission)</source>
        <translation>la cartella %1 non si può scrivere (permessi)</translation>
    </message>
    <message>
        <source>the disk of %1 is full</source>
        <translation>il disco di %1 è pieno</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Codice cliente</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Importo (EUR)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 non si può scrivere: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 installment(s), %2</source>
        <translation>
            <numerusform>%1 rata, %2</numerusform>
            <numerusform>%1 rate, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Cannot reach the hub&apos;s database: out of memory.</source>
        <translation>Impossibile raggiungere il database dell&apos;hub: memoria esaurita.</translation>
    </message>
    <message>
        <source>Cannot reach the hub&apos;s database (%1): %2</source>
        <translation>Impossibile raggiungere il database dell&apos;hub (%1): %2</translation>
    </message>
    <message>
        <source>from PGHOST, PGDATABASE...</source>
        <translation>da PGHOST, PGDATABASE...</translation>
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
    <name>PlanCalculator</name>
    <message>
        <source>total: the plan must cover an amount greater than zero</source>
        <translation>total: il piano deve coprire un importo maggiore di zero</translation>
    </message>
    <message>
        <source>discount: must be at least zero and less than the total</source>
        <translation>discount: deve essere almeno zero e inferiore al totale</translation>
    </message>
    <message>
        <source>downPayment: must be between zero and the amount to pay</source>
        <translation>downPayment: deve essere tra zero e l&apos;importo da pagare</translation>
    </message>
    <message>
        <source>firstDue: the first due date is missing</source>
        <translation>firstDue: manca la data della prima scadenza</translation>
    </message>
    <message>
        <source>firstDue: the first installment cannot be due in the past</source>
        <translation>firstDue: la prima rata non può scadere nel passato</translation>
    </message>
    <message>
        <source>firstDue: the first installment must fall within a year</source>
        <translation>firstDue: la prima rata deve cadere entro un anno</translation>
    </message>
    <message>
        <source>installments: give a number of installments or an amount for each installment</source>
        <translation>installments: indica il numero di rate o l&apos;importo di ciascuna rata</translation>
    </message>
    <message>
        <source>installments: %1 installments is not a plan anybody can follow</source>
        <translation>installments: %1 rate non sono un piano sostenibile per nessuno</translation>
    </message>
    <message>
        <source>installments: %1 installments would be smaller than one cent</source>
        <translation>installments: %1 rate sarebbero inferiori a un centesimo</translation>
    </message>
    <message>
        <source>the client allows at most %1 installments</source>
        <translation>il committente consente al massimo %1 rate</translation>
    </message>
    <message>
        <source>installments must be at least %1</source>
        <translation>le rate devono essere di almeno %1</translation>
    </message>
    <message>
        <source>the plan may last at most %1 months</source>
        <translation>il piano può durare al massimo %1 mesi</translation>
    </message>
    <message>
        <source>a discount of %1% is beyond the client&apos;s mandate (at most %2%)</source>
        <translation>uno sconto del %1% supera il mandato del committente (al massimo %2%)</translation>
    </message>
    <message>
        <source>a discount of %1% needs the team lead&apos;s approval (operators may grant %2%)</source>
        <translation>uno sconto del %1% richiede l&apos;approvazione del capo team (gli operatori possono concedere il %2%)</translation>
    </message>
    <message>
        <source>a discount of %1% is beyond the team lead&apos;s authority (%2%): the client&apos;s rules allow no more</source>
        <translation>uno sconto del %1% supera l&apos;autonomia del capo team (%2%): le regole del committente non consentono di più</translation>
    </message>
    <message>
        <source>an installment of %1 a month, more than the household can afford (%2), needs the team lead&apos;s approval</source>
        <translation>una rata di %1 al mese, più di quanto la famiglia può sostenere (%2), richiede l&apos;approvazione del capo team</translation>
    </message>
    <message>
        <source>Discount: write an amount or a percentage such as 10%</source>
        <translation>Sconto: scrivi un importo o una percentuale come 10%</translation>
    </message>
</context>
<context>
    <name>PlanLetter</name>
    <message>
        <source>Could not write the letter to %1.</source>
        <translation>Impossibile scrivere la lettera in %1.</translation>
    </message>
    <message>
        <source>The plan is no longer on the card.</source>
        <translation>Il piano non è più nella scheda.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Choose the bills the plan covers.</source>
        <translation>Scegli le bollette coperte dal piano.</translation>
    </message>
    <message>
        <source>A chosen bill does not belong to this debtor.</source>
        <translation>Una bolletta scelta non appartiene a questo debitore.</translation>
    </message>
    <message>
        <source>A chosen bill is already paid.</source>
        <translation>Una bolletta scelta è già pagata.</translation>
    </message>
    <message>
        <source>Beyond the client&apos;s mandate: %1.</source>
        <translation>Oltre il mandato del committente: %1.</translation>
    </message>
    <message>
        <source>The installment (%1 a month) is more than the household can afford (%2): lower it, or give the reason to go ahead.</source>
        <translation>La rata (%1 al mese) supera quanto il nucleo familiare può sostenere (%2): abbassala, oppure indica il motivo per procedere.</translation>
    </message>
    <message>
        <source>Closing the previous plan</source>
        <translation>Chiusura del piano precedente</translation>
    </message>
    <message>
        <source>Saving the plan</source>
        <translation>Salvataggio del piano</translation>
    </message>
    <message>
        <source>Linking the bills to the plan</source>
        <translation>Collegamento delle bollette al piano</translation>
    </message>
    <message>
        <source>Saving the installments</source>
        <translation>Salvataggio delle rate</translation>
    </message>
    <message>
        <source>Saving the conversation</source>
        <translation>Salvataggio della conversazione</translation>
    </message>
    <message>
        <source>Asking the team lead for approval</source>
        <translation>Richiesta di approvazione al capo team</translation>
    </message>
    <message>
        <source>Following the installments</source>
        <translation>Monitoraggio delle rate</translation>
    </message>
    <message>
        <source>Following the plans</source>
        <translation>Monitoraggio dei piani</translation>
    </message>
    <message>
        <source>Telling the team lead</source>
        <translation>Avviso al capo team</translation>
    </message>
    <message>
        <source>Following the promises</source>
        <translation>Monitoraggio delle promesse</translation>
    </message>
    <message>
        <source>There is no such plan.</source>
        <translation>Il piano non esiste.</translation>
    </message>
    <message>
        <source>decide on repayment plans</source>
        <translation>decidere sui piani di rientro</translation>
    </message>
    <message>
        <source>This plan is no longer waiting for approval (%1).</source>
        <translation>Questo piano non è più in attesa di approvazione (%1).</translation>
    </message>
    <message>
        <source>Say why the plan is rejected: the operator will tell the debtor.</source>
        <translation>Scrivi perché il piano è respinto: l&apos;operatore lo dirà al debitore.</translation>
    </message>
    <message>
        <source>This plan cannot be approved: %1.</source>
        <translation>Questo piano non può essere approvato: %1.</translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translation>Registrazione della decisione</translation>
    </message>
    <message>
        <source>Closing the approval</source>
        <translation>Chiusura dell&apos;approvazione</translation>
    </message>
    <message>
        <source>Telling the operator</source>
        <translation>Avviso all&apos;operatore</translation>
    </message>
    <message>
        <source>The first installment fell due on %1 while the plan waited: agree new dates with the debtor in a new plan, or reject this one.</source>
        <translation>La prima rata è scaduta il %1 mentre il piano era in attesa: concorda nuove date con il debitore in un nuovo piano, oppure respingi questo.</translation>
    </message>
    <message>
        <source>Reading the plans waiting for approval</source>
        <translation>Lettura dei piani in attesa di approvazione</translation>
    </message>
    <message>
        <source>the first installment fell due on %1 while the plan waited: amend it with new dates</source>
        <translation>la prima rata è scaduta il %1 mentre il piano attendeva: modificalo con nuove date</translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation>Lettura del piano</translation>
    </message>
    <message>
        <source>discount: it must be between 0 and the debt the plan covers.</source>
        <translation>sconto: deve essere tra 0 e il debito coperto dal piano.</translation>
    </message>
    <message>
        <source>installments: a settlement in one payment has one installment.</source>
        <translation>rate: un saldo in un&apos;unica soluzione ha una sola rata.</translation>
    </message>
    <message>
        <source>first due date: it must be today or later.</source>
        <translation>prima scadenza: deve essere oggi o dopo.</translation>
    </message>
    <message>
        <source>Closing the proposal</source>
        <translation>Chiusura della proposta</translation>
    </message>
    <message>
        <source>Saving the amended plan</source>
        <translation>Salvataggio del piano modificato</translation>
    </message>
    <message>
        <source>Reading the broken plans to review</source>
        <translation>Lettura dei piani decaduti da esaminare</translation>
    </message>
    <message>
        <source>There is no such broken plan.</source>
        <translation>Non esiste un piano decaduto così.</translation>
    </message>
    <message>
        <source>review broken plans</source>
        <translation>esaminare i piani decaduti</translation>
    </message>
    <message>
        <source>Closing the review</source>
        <translation>Chiusura dell&apos;esame</translation>
    </message>
    <message>
        <source>This broken plan was already reviewed.</source>
        <translation>Questo piano decaduto è già stato esaminato.</translation>
    </message>
    <message>
        <source>Saving the installments: %1</source>
        <translation>Salvataggio delle rate: %1</translation>
    </message>
    <message>
        <source>Taking back an approval</source>
        <translation>Ritiro di un&apos;approvazione</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>every %n minute(s), none yet</source>
        <translation>
            <numerusform>ogni %n minuto, nessuna finora</numerusform>
            <numerusform>ogni %n minuti, nessuna finora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityRepository</name>
    <message>
        <source>Reading the scorecard</source>
        <translation>Lettura della scheda di valutazione</translation>
    </message>
    <message>
        <source>This scorecard is not in the store.</source>
        <translation>Questa scheda di valutazione non è nell&apos;archivio.</translation>
    </message>
    <message>
        <source>change the client&apos;s scorecard</source>
        <translation>modificare la scheda di valutazione del committente</translation>
    </message>
    <message>
        <source>Saving the scorecard</source>
        <translation>Salvataggio della scheda di valutazione</translation>
    </message>
    <message>
        <source>Reading the call</source>
        <translation>Lettura della chiamata</translation>
    </message>
    <message>
        <source>This call is not in the store.</source>
        <translation>Questa chiamata non è nell&apos;archivio.</translation>
    </message>
    <message>
        <source>This call is not in your scope.</source>
        <translation>Questa chiamata non rientra nel tuo ambito.</translation>
    </message>
    <message>
        <source>Reading the call&apos;s promise</source>
        <translation>Lettura della promessa della chiamata</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 entro il %2</translation>
    </message>
    <message>
        <source>Reading the call&apos;s survey</source>
        <translation>Lettura del questionario della chiamata</translation>
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
        <translation>valutare le chiamate</translation>
    </message>
    <message>
        <source>Only an operator&apos;s calls are scored, not written messages.</source>
        <translation>Si valutano solo le chiamate di un operatore, non i messaggi scritti.</translation>
    </message>
    <message>
        <source>This call has already been scored.</source>
        <translation>Questa chiamata è già stata valutata.</translation>
    </message>
    <message>
        <source>Answer every item: &quot;%1&quot; has no answer.</source>
        <translation>Rispondi a ogni voce: &quot;%1&quot; non ha risposta.</translation>
    </message>
    <message>
        <source>Name the skill the coaching note is about.</source>
        <translation>Indica la competenza a cui si riferisce la nota di coaching.</translation>
    </message>
    <message>
        <source>The follow-up date is in the past.</source>
        <translation>La data di verifica è nel passato.</translation>
    </message>
    <message>
        <source>Saving the evaluation</source>
        <translation>Salvataggio della valutazione</translation>
    </message>
    <message>
        <source>Only the operator whose call was scored acknowledges or disputes the evaluation.</source>
        <translation>Solo l&apos;operatore della chiamata valutata può prendere visione della valutazione o contestarla.</translation>
    </message>
    <message>
        <source>This evaluation was already %1.</source>
        <translation>Questa valutazione è già stata %1.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contestata</translation>
    </message>
    <message>
        <source>Say what you dispute: the team lead will answer it.</source>
        <translation>Scrivi che cosa contesti: il capo team ti risponderà.</translation>
    </message>
    <message>
        <source>Saving your answer</source>
        <translation>Salvataggio della tua risposta</translation>
    </message>
    <message>
        <source>Reading the evaluation</source>
        <translation>Lettura della valutazione</translation>
    </message>
    <message>
        <source>This evaluation is not in the store.</source>
        <translation>Questa valutazione non è nell&apos;archivio.</translation>
    </message>
    <message>
        <source>answer a disputed evaluation</source>
        <translation>rispondere a una valutazione contestata</translation>
    </message>
    <message>
        <source>Only a disputed evaluation is answered.</source>
        <translation>Si risponde solo a una valutazione contestata.</translation>
    </message>
    <message>
        <source>Write the answer the operator will read.</source>
        <translation>Scrivi la risposta che l&apos;operatore leggerà.</translation>
    </message>
    <message>
        <source>Saving the answer</source>
        <translation>Salvataggio della risposta</translation>
    </message>
    <message>
        <source>follow up coaching</source>
        <translation>seguire il coaching</translation>
    </message>
    <message>
        <source>Saving the coaching</source>
        <translation>Salvataggio del coaching</translation>
    </message>
    <message>
        <source>Reading the evaluations: %1</source>
        <translation>Lettura delle valutazioni: %1</translation>
    </message>
    <message>
        <source>Reading the evaluations</source>
        <translation>Lettura delle valutazioni</translation>
    </message>
    <message>
        <source>This evaluation is not in your scope.</source>
        <translation>Questa valutazione non rientra nel tuo ambito.</translation>
    </message>
    <message>
        <source>Counting the evaluations</source>
        <translation>Conteggio delle valutazioni</translation>
    </message>
    <message>
        <source>Reading the call&apos;s plan</source>
        <translation>Lettura del piano della chiamata</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nulla in questo periodo.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>read this client&apos;s reports (its team leads and the administrators may)</source>
        <translation>leggere i report di questo committente (possono farlo i suoi capi team e gli amministratori)</translation>
    </message>
    <message>
        <source>The period must start on or before the day it ends.</source>
        <translation>Il periodo deve iniziare entro il giorno in cui finisce.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Il report è stato annullato.</translation>
    </message>
    <message>
        <source>No survey %1.</source>
        <translation>Nessun questionario %1.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>not yet due</source>
        <translation>non ancora scaduto</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Days sales outstanding by month</source>
        <translation>DSO (giorni medi di incasso) per mese</translation>
    </message>
    <message>
        <source>Simple: receivables at the month&apos;s end / billed in the three months to it x their days. Count-back: from the receivables, each month&apos;s billing is subtracted going back, counting its days, the last month as a fraction (robust to bimonthly bills).</source>
        <translation>Semplice: crediti a fine mese / fatturato dei tre mesi fino a esso x i loro giorni. A ritroso (count-back): dai crediti si sottrae il fatturato di ogni mese andando indietro, contandone i giorni, l&apos;ultimo mese in frazione (regge le bollette bimestrali).</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Receivables at the end</source>
        <translation>Crediti a fine mese</translation>
    </message>
    <message>
        <source>Billed in the month</source>
        <translation>Fatturato nel mese</translation>
    </message>
    <message>
        <source>DSO, simple</source>
        <translation>DSO semplice</translation>
    </message>
    <message>
        <source>DSO, count-back</source>
        <translation>DSO a ritroso</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>%1 bills with a caring call, %2 without.</source>
        <translation>%1 bollette con una chiamata di cortesia, %2 senza.</translation>
    </message>
    <message>
        <source>Too few bills to say anything (at least %1 on each side are needed). %2</source>
        <translation>Troppo poche bollette per trarre conclusioni (ne servono almeno %1 per parte). %2</translation>
    </message>
    <message>
        <source>Bills were paid on time more often after a caring call: %1 percentage points more (± %2), debtors of the same aging class compared. %3</source>
        <translation>Dopo una chiamata di cortesia le bollette sono state pagate puntuali più spesso: %1 punti percentuali in più (± %2), a parità di classe di anzianità del debitore. %3</translation>
    </message>
    <message>
        <source>Bills were paid on time less often after a caring call: %1 percentage points fewer (± %2), debtors of the same aging class compared. %3</source>
        <translation>Dopo una chiamata di cortesia le bollette sono state pagate puntuali meno spesso: %1 punti percentuali in meno (± %2), a parità di classe di anzianità del debitore. %3</translation>
    </message>
    <message>
        <source>No clear difference: %1 percentage points (± %2) is within what chance makes, debtors of the same aging class compared. %3</source>
        <translation>Nessuna differenza chiara: %1 punti percentuali (± %2) rientrano nel caso, a parità di classe di anzianità del debitore. %3</translation>
    </message>
    <message>
        <source>Aging of the portfolio</source>
        <translation>Anzianità del portafoglio</translation>
    </message>
    <message>
        <source>What is owed by days past the due date, on the day before the period and on its last day.</source>
        <translation>Il dovuto per giorni dalla scadenza, il giorno prima del periodo e il suo ultimo giorno.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Bills at the closing</source>
        <translation>Bollette a fine periodo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Opening receivables</source>
        <translation>Crediti a inizio periodo</translation>
    </message>
    <message>
        <source>Billed in the period</source>
        <translation>Fatturato nel periodo</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mesi</translation>
    </message>
    <message>
        <source>Closing receivables</source>
        <translation>Crediti a fine periodo</translation>
    </message>
    <message>
        <source>Closing receivables not yet due</source>
        <translation>Crediti a fine periodo non ancora scaduti</translation>
    </message>
    <message>
        <source>Collection effectiveness index</source>
        <translation>Indice di efficacia dell&apos;incasso (CEI)</translation>
    </message>
    <message>
        <source>(opening + billed / months - closing) / (opening + billed / months - closing not yet due) x 100; 100% is perfect.</source>
        <translation>(inizio + fatturato / mesi - fine) / (inizio + fatturato / mesi - fine non scaduto) x 100; 100% è il massimo.</translation>
    </message>
    <message>
        <source>Roll rates and cure rate</source>
        <translation>Tassi di passaggio e di rientro</translation>
    </message>
    <message>
        <source>Roll rate: what is in the next class at the closing / what was in a class at the opening. Cure rate: debtors with something overdue at the opening who had nothing overdue at the closing.</source>
        <translation>Tasso di passaggio: quanto è nella classe successiva a fine periodo / quanto era nella classe a inizio periodo. Tasso di rientro: debitori con scaduto a inizio periodo che a fine periodo non avevano più nulla di scaduto.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>In the class at the opening</source>
        <translation>Nella classe a inizio periodo</translation>
    </message>
    <message>
        <source>In the next at the closing</source>
        <translation>Nella successiva a fine periodo</translation>
    </message>
    <message>
        <source>Roll rate</source>
        <translation>Tasso di passaggio</translation>
    </message>
    <message>
        <source>Cure rate</source>
        <translation>Tasso di rientro</translation>
    </message>
    <message>
        <source>%1 of %2 debtors</source>
        <translation>%1 di %2 debitori</translation>
    </message>
    <message>
        <source>Collections by month and channel</source>
        <translation>Incassi per mese e canale</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Incassato</translation>
    </message>
    <message>
        <source>Stair-step: collected as a share of what was placed</source>
        <translation>Curva di recupero: incassato in quota dell&apos;affidato</translation>
    </message>
    <message>
        <source>By month of placement (a bill is placed when it is issued: the caring method starts before its due date), cumulative, by months since placement.</source>
        <translation>Per mese di affido (una bolletta è affidata quando è emessa: il metodo della cortesia comincia prima della scadenza), cumulato, per mesi dall&apos;affido.</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>Affidato in</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Affidato</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mese %1</translation>
    </message>
    <message>
        <source>Collected to date</source>
        <translation>Incassato a oggi</translation>
    </message>
    <message>
        <source>Liquidation</source>
        <translation>Tasso di recupero</translation>
    </message>
    <message>
        <source>Plans in force</source>
        <translation>Piani in corso</translation>
    </message>
    <message>
        <source>Plans agreed in the period</source>
        <translation>Piani concordati nel periodo</translation>
    </message>
    <message>
        <source>Amount financed</source>
        <translation>Importo rateizzato</translation>
    </message>
    <message>
        <source>Of which renegotiations</source>
        <translation>Di cui rinegoziazioni</translation>
    </message>
    <message>
        <source>Plans completed</source>
        <translation>Piani completati</translation>
    </message>
    <message>
        <source>Plans broken</source>
        <translation>Piani decaduti</translation>
    </message>
    <message>
        <source>Installments due</source>
        <translation>Rate scadute</translation>
    </message>
    <message>
        <source>Paid by their due date</source>
        <translation>Pagate entro la scadenza</translation>
    </message>
    <message>
        <source>Installments paid on time</source>
        <translation>Rate pagate puntuali</translation>
    </message>
    <message>
        <source>Repayment plans</source>
        <translation>Piani di rientro</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Promesse raccolte</translation>
    </message>
    <message>
        <source>Amount promised</source>
        <translation>Importo promesso</translation>
    </message>
    <message>
        <source>Promises that fell due</source>
        <translation>Promesse scadute</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantenute</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Non mantenute</translation>
    </message>
    <message>
        <source>Kept rate</source>
        <translation>Tasso di mantenimento</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Promesse di pagamento</translation>
    </message>
    <message>
        <source>Kept rate: promises paid in full by their date / promises that fell due in the period.</source>
        <translation>Tasso di mantenimento: promesse pagate per intero entro la data / promesse scadute nel periodo.</translation>
    </message>
    <message>
        <source>Contacts and outcomes</source>
        <translation>Contatti ed esiti</translation>
    </message>
    <message>
        <source>Right-party contact rate: calls in which the debtor was spoken to / call attempts.</source>
        <translation>Tasso di contatto utile: chiamate in cui si è parlato con il debitore / tentativi di chiamata.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Of the step before</source>
        <translation>Del passo precedente</translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation>Tentativi di chiamata</translation>
    </message>
    <message>
        <source>Right-party contacts</source>
        <translation>Contatti utili</translation>
    </message>
    <message>
        <source>Calls ending in a promise, a plan or a payment</source>
        <translation>Chiamate concluse con una promessa, un piano o un pagamento</translation>
    </message>
    <message>
        <source>Debtors spoken to</source>
        <translation>Debitori raggiunti</translation>
    </message>
    <message>
        <source>... who paid in the period</source>
        <translation>... che hanno pagato nel periodo</translation>
    </message>
    <message>
        <source>Reasons for non-payment</source>
        <translation>Motivi del mancato pagamento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Emotions recognised</source>
        <translation>Emozioni riconosciute</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emozione</translation>
    </message>
    <message>
        <source>Satisfaction after the call</source>
        <translation>Soddisfazione dopo la chiamata</translation>
    </message>
    <message>
        <source>CSAT: share of answers 4 or 5 of 5. CES: average of 1-7 (7 = very easy). NPS: promoters (9-10) minus detractors (0-6).</source>
        <translation>CSAT: quota di risposte 4 o 5 su 5. CES: media da 1 a 7 (7 = molto facile). NPS: promotori (9-10) meno detrattori (0-6).</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Risposte CSAT</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES answers</source>
        <translation>Risposte CES</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Risposte NPS</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Complaints about the client&apos;s service</source>
        <translation>Reclami sul servizio del committente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ancora aperti</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolti</translation>
    </message>
    <message>
        <source>Days to resolve (average)</source>
        <translation>Giorni per la risoluzione (media)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
    <message>
        <source>Held by the debtor&apos;s own interlocutor</source>
        <translation>Tenute dall&apos;interlocutore del debitore</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>Continuità</translation>
    </message>
    <message>
        <source>Handovers to another interlocutor</source>
        <translation>Passaggi a un altro interlocutore</translation>
    </message>
    <message>
        <source>Continuity of the interlocutor</source>
        <translation>Continuità dell&apos;interlocutore</translation>
    </message>
    <message>
        <source>The caring effect</source>
        <translation>L&apos;effetto della chiamata di cortesia</translation>
    </message>
    <message>
        <source>Debtor&apos;s aging class at the opening</source>
        <translation>Classe di anzianità del debitore a inizio periodo</translation>
    </message>
    <message>
        <source>Bills after a caring call</source>
        <translation>Bollette dopo una chiamata di cortesia</translation>
    </message>
    <message>
        <source>Paid by the due date</source>
        <translation>Pagate entro la scadenza</translation>
    </message>
    <message>
        <source>Bills without</source>
        <translation>Bollette senza</translation>
    </message>
    <message>
        <source>Paid by the due date (without)</source>
        <translation>Pagate entro la scadenza (senza)</translation>
    </message>
    <message>
        <source>Difference (points)</source>
        <translation>Differenza (punti)</translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>nessuno scaduto</translation>
    </message>
    <message>
        <source>overdue up to 90 days</source>
        <translation>scaduto fino a 90 giorni</translation>
    </message>
    <message>
        <source>overdue longer</source>
        <translation>scaduto da più tempo</translation>
    </message>
    <message>
        <source>All (difference weighted by class)</source>
        <translation>Tutte (differenza pesata per classe)</translation>
    </message>
    <message>
        <source>Placed in the period</source>
        <translation>Affidato nel periodo</translation>
    </message>
    <message>
        <source>Collected in the period</source>
        <translation>Incassato nel periodo</translation>
    </message>
    <message>
        <source>Owed at the end of the period</source>
        <translation>Dovuto a fine periodo</translation>
    </message>
    <message>
        <source>DSO at the end of the period (count-back)</source>
        <translation>DSO a fine periodo (a ritroso)</translation>
    </message>
    <message>
        <source>Plans agreed</source>
        <translation>Piani concordati</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesse mantenute</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Liquidation: collected in the period / placed in the period.</source>
        <translation>Tasso di recupero: incassato nel periodo / affidato nel periodo.</translation>
    </message>
    <message>
        <source>Caring calls before the due date</source>
        <translation>Chiamate di cortesia prima della scadenza</translation>
    </message>
    <message>
        <source>Written messages</source>
        <translation>Messaggi scritti</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Surveys answered</source>
        <translation>Questionari compilati</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Soddisfazione</translation>
    </message>
    <message>
        <source>In the debtors&apos; own words</source>
        <translation>Con le parole dei debitori</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Complaints, one by one</source>
        <translation>I reclami, uno per uno</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Giorni di apertura</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bollette</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Reasons for non-payment that point at your process</source>
        <translation>Motivi del mancato pagamento che riguardano i vostri processi</translation>
    </message>
    <message>
        <source>Of %1 calls in which a reason was given.</source>
        <translation>Su %1 chiamate in cui è stato indicato un motivo.</translation>
    </message>
    <message>
        <source>Closed and returned</source>
        <translation>Posizioni chiuse e restituite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Chiusa il</translation>
    </message>
    <message>
        <source>Owed at the opening</source>
        <translation>Dovuto a inizio periodo</translation>
    </message>
    <message>
        <source>Returned unpaid</source>
        <translation>Restituito non pagato</translation>
    </message>
    <message>
        <source>plan completed</source>
        <translation>piano completato</translation>
    </message>
    <message>
        <source>end of mandate</source>
        <translation>fine mandato</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagato</translation>
    </message>
    <message>
        <source>Management fee (%1 a month)</source>
        <translation>Compenso di gestione (%1 al mese)</translation>
    </message>
    <message>
        <source>Success fee (%1% of what was collected)</source>
        <translation>Provvigione (%1% del recuperato)</translation>
    </message>
    <message>
        <source>Total due for the period</source>
        <translation>Totale dovuto per il periodo</translation>
    </message>
    <message>
        <source>Commission statement</source>
        <translation>Rendiconto dei compensi</translation>
    </message>
    <message>
        <source>Amounts net of VAT. The management fee of a month the period covers in part is counted by its days.</source>
        <translation>Importi al netto dell&apos;IVA. Il compenso di gestione di un mese coperto in parte dal periodo è contato per giorni.</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>prescritto</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contestato</translation>
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
    <name>Scorecard</name>
    <message>
        <source>en</source>
        <extracomment>The code of this translation&apos;s language: &quot;it&quot; in the Italian one.</extracomment>
        <translation>it</translation>
    </message>
    <message>
        <source>The scorecard has no section.</source>
        <translation>La scheda di valutazione non ha sezioni.</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>sezione %1</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;</source>
        <translation>sezione &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: every section needs its own code.</source>
        <translation>%1: ogni sezione deve avere un proprio codice.</translation>
    </message>
    <message>
        <source>%1 has no title.</source>
        <translation>%1 non ha un titolo.</translation>
    </message>
    <message>
        <source>%1: the weight must be above 0 (it is %2).</source>
        <translation>%1: il peso deve essere maggiore di 0 (è %2).</translation>
    </message>
    <message>
        <source>%1 has no item.</source>
        <translation>%1 non ha voci.</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, voce %2</translation>
    </message>
    <message>
        <source>%1: every item needs its own code.</source>
        <translation>%1: ogni voce deve avere un proprio codice.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) has no text.</source>
        <translation>%1 (&quot;%2&quot;) non ha un testo.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;): points must be 1 or more.</source>
        <translation>%1 (&quot;%2&quot;): i punti devono essere almeno 1.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;): unknown prefill &quot;%3&quot;.</source>
        <translation>%1 (&quot;%2&quot;): precompilazione sconosciuta &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The section weights add up to %1 %; they must add up to 100 %.</source>
        <translation>I pesi delle sezioni sommano %1 %; devono sommare 100 %.</translation>
    </message>
    <message>
        <source>The scorecard is not readable JSON: %1 (at character %2).</source>
        <translation>La scheda di valutazione non è un JSON leggibile: %1 (al carattere %2).</translation>
    </message>
</context>
<context>
    <name>ScriptLibrary</name>
    <message>
        <source>(not available)</source>
        <translation>(non disponibile)</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: JSON non valido al carattere %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2, step %3</source>
        <translation>%1: %2, passo %3</translation>
    </message>
    <message>
        <source>%1: unknown kind &quot;%2&quot;.</source>
        <translation>%1: tipo sconosciuto &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: a step needs a title and a text.</source>
        <translation>%1: un passo richiede un titolo e un testo.</translation>
    </message>
    <message>
        <source>%1: unknown placeholder {%2}.</source>
        <translation>%1: segnaposto sconosciuto {%2}.</translation>
    </message>
    <message>
        <source>%1: {%2} reveals the debt before the identity check.</source>
        <translation>%1: {%2} rivela il debito prima della verifica dell&apos;identità.</translation>
    </message>
    <message>
        <source>%1: %2 has no identity check.</source>
        <translation>%1: %2 non ha la verifica dell&apos;identità.</translation>
    </message>
    <message>
        <source>%1: a script has no purpose.</source>
        <translation>%1: uno script non ha lo scopo.</translation>
    </message>
    <message>
        <source>script &quot;%1&quot;</source>
        <translation>script &quot;%1&quot;</translation>
    </message>
    <message>
        <source>third-party message</source>
        <translation>messaggio per terzi</translation>
    </message>
    <message>
        <source>vulnerability disclosure</source>
        <translation>dichiarazione di vulnerabilità</translation>
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
    <message>
        <source>The demo portfolio has broken references (%1).</source>
        <translation>Il portafoglio dimostrativo ha riferimenti interrotti (%1).</translation>
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
    <message>
        <source>%1 portfolio rows are filed under another client or operator</source>
        <translation>%1 righe del portafoglio sono archiviate sotto un altro committente o operatore</translation>
    </message>
</context>
<context>
    <name>SubjectAccessReport</name>
    <message>
        <source>Contacts</source>
        <translation>Recapiti</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Forniture</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bollette</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>How payments were applied</source>
        <translation>Come sono stati imputati i pagamenti</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Promesse di pagamento</translation>
    </message>
    <message>
        <source>Repayment plans</source>
        <translation>Piani di rientro</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclami</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Sondaggi di soddisfazione</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Interlocutors</source>
        <translation>Interlocutori</translation>
    </message>
    <message>
        <source>Calls being written</source>
        <translation>Chiamate in corso di scrittura</translation>
    </message>
    <message>
        <source>Operations on these data</source>
        <translation>Operazioni su questi dati</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Dati personali trattati su %1</translation>
    </message>
    <message>
        <source>Prepared on %1 by %2 in answer to an access request (GDPR art. 15). The same data, complete, are in the JSON file beside this one.</source>
        <translation>Preparato il %1 da %2 in risposta a una richiesta di accesso (art. 15 GDPR). Gli stessi dati, completi, sono nel file JSON accanto a questo.</translation>
    </message>
    <message>
        <source>Registry data</source>
        <translation>Dati anagrafici</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuno.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
</context>
<context>
    <name>SyncAuthority</name>
    <message>
        <source>it does not say who made it</source>
        <translation>non dice chi l&apos;ha fatta</translation>
    </message>
    <message>
        <source>it was made by user %1, whom this store does not know</source>
        <translation>l&apos;ha fatta l&apos;utente %1, che questo archivio non conosce</translation>
    </message>
    <message>
        <source>it was made by %1, whose account is deactivated</source>
        <translation>l&apos;ha fatta %1, il cui account è disattivato</translation>
    </message>
    <message>
        <source>it was made by %1 (%2): only an administrator sets up clients</source>
        <translation>l&apos;ha fatta %1 (%2): solo un amministratore configura i committenti</translation>
    </message>
    <message>
        <source>it was made by %1 (%2): only an administrator changes users, roles and passwords</source>
        <translation>l&apos;ha fatta %1 (%2): solo un amministratore cambia utenti, ruoli e password</translation>
    </message>
    <message>
        <source>it turns a plan waiting for approval active without naming who approved it</source>
        <translation>rende attivo un piano in attesa di approvazione senza indicare chi lo ha approvato</translation>
    </message>
    <message>
        <source>it names as approver user %1, whom this store does not know</source>
        <translation>indica come approvatore l&apos;utente %1, che questo archivio non conosce</translation>
    </message>
    <message>
        <source>it names as approver %1, whose account is deactivated</source>
        <translation>indica come approvatore %1, il cui account è disattivato</translation>
    </message>
    <message>
        <source>it names as approver %1 (%2): only a team lead of the plan&apos;s client or an administrator approves plans</source>
        <translation>indica come approvatore %1 (%2): solo un capo team del committente del piano o un amministratore approva i piani</translation>
    </message>
    <message>
        <source>its author (user %1) is not known to this store</source>
        <translation>il suo autore (utente %1) non è noto a questo archivio</translation>
    </message>
    <message>
        <source>its author %1 is deactivated</source>
        <translation>il suo autore %1 è disattivato</translation>
    </message>
    <message>
        <source>its author is %1 (%2): only a team lead of the client or an administrator scores calls</source>
        <translation>il suo autore è %1 (%2): solo un capo team del committente o un amministratore valuta le chiamate</translation>
    </message>
    <message>
        <source>its author is %1 (%2): only an administrator erases a client&apos;s debtors</source>
        <translation>l&apos;autore è %1 (%2): solo un amministratore cancella i debitori di un committente</translation>
    </message>
    <message>
        <source>its author is %1 (%2): only a team lead of the client or an administrator assigns debtors</source>
        <translation>l&apos;autore è %1 (%2): solo un capo team del committente o un amministratore assegna i debitori</translation>
    </message>
    <message>
        <source>it is in force but nobody approved it</source>
        <translation>è in vigore ma nessuno l&apos;ha approvato</translation>
    </message>
    <message>
        <source>its approver (user %1) is not known to this store</source>
        <translation>chi l&apos;ha approvato (utente %1) non è noto a questo archivio</translation>
    </message>
    <message>
        <source>its approver %1 is deactivated</source>
        <translation>chi l&apos;ha approvato, %1, è disattivato</translation>
    </message>
    <message>
        <source>it was approved by %1 (%2), who did not make it</source>
        <translation>è stato approvato da %1 (%2), che non l&apos;ha proposto</translation>
    </message>
    <message>
        <source>its discount is beyond the operator&apos;s authority: a team lead approves it</source>
        <translation>lo sconto supera l&apos;autonomia dell&apos;operatore: lo approva un capo team</translation>
    </message>
    <message>
        <source>it is more than the household can afford: a team lead approves it</source>
        <translation>supera ciò che il nucleo familiare può sostenere: lo approva un capo team</translation>
    </message>
</context>
<context>
    <name>SyncBundle</name>
    <message>
        <source>the table %1 is missing</source>
        <translation>manca la tabella %1</translation>
    </message>
    <message>
        <source>it is not an Ascolto sync bundle (no header)</source>
        <translation>non è un pacchetto di sincronizzazione Ascolto (senza intestazione)</translation>
    </message>
    <message>
        <source>it is not an Ascolto sync bundle (incomplete header)</source>
        <translation>non è un pacchetto di sincronizzazione Ascolto (intestazione incompleta)</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 was already applied: nothing changed.</source>
        <translation>Il pacchetto %1 di %2 era già stato applicato: nulla è cambiato.</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 applied: %3 new rows, %4 updated, %5 older kept as they were, %6 conflicts logged.</source>
        <translation>Pacchetto %1 di %2 applicato: %3 righe nuove, %4 aggiornate, %5 più vecchie lasciate come erano, %6 conflitti registrati.</translation>
    </message>
    <message>
        <source>There is no client with code %1.</source>
        <translation>Non c&apos;è un committente con codice %1.</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be written: %2</source>
        <translation>Il pacchetto %1 non si può scrivere: %2</translation>
    </message>
    <message>
        <source>The bundle %1 is refused: %2</source>
        <translation>Il pacchetto %1 è rifiutato: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>non si può aprire</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (%1)</source>
        <translation>il file è danneggiato o troncato (%1)</translation>
    </message>
    <message>
        <source>it was made by a newer Ascolto (bundle format %1, this one reads up to %2): update this workstation first</source>
        <translation>è stato creato da un Ascolto più recente (formato %1, questo legge fino al %2): aggiornare prima questa postazione</translation>
    </message>
    <message>
        <source>it was made by a newer Ascolto (store schema %1, this one knows up to %2): update this workstation first</source>
        <translation>è stato creato da un Ascolto più recente (schema %1, questo conosce fino al %2): aggiornare prima questa postazione</translation>
    </message>
    <message>
        <source>it was made by this workstation</source>
        <translation>è stato creato da questa postazione</translation>
    </message>
    <message>
        <source>it was made for another workstation (%1)</source>
        <translation>è stato creato per un&apos;altra postazione (%1)</translation>
    </message>
    <message>
        <source>client %1 in the bundle is not the same client %1 as in this store (different installation)</source>
        <translation>il committente %1 del pacchetto non è lo stesso committente %1 di questo archivio (installazione diversa)</translation>
    </message>
    <message>
        <source>it carries data of client %1, which this store does not serve</source>
        <translation>contiene dati del committente %1, che questo archivio non serve</translation>
    </message>
    <message>
        <source>the columns of %1 differ from this store&apos;s</source>
        <translation>le colonne di %1 differiscono da quelle di questo archivio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it refers to rows this store does not have (for example a debtor never received): apply the earlier bundles first, or ask for a full bundle</source>
        <translation>fa riferimento a righe che questo archivio non ha (per esempio un debitore mai ricevuto): applicare prima i pacchetti precedenti o chiedere un pacchetto completo</translation>
    </message>
    <message>
        <source>Refused and audited: %1.</source>
        <translation>Rifiutato e registrato nel registro delle operazioni: %1.</translation>
    </message>
    <message>
        <source>the change to user %1 is refused: %2</source>
        <translation>la modifica all&apos;utente %1 è rifiutata: %2</translation>
    </message>
    <message>
        <source>the change to client %1 is refused: %2</source>
        <translation>la modifica al committente %1 è rifiutata: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n protection(s) (do not contact, hold, vulnerability, opt-out) kept against a concurrent clear.</source>
        <translation>
            <numerusform>%n tutela (non contattare, sospensione, vulnerabilità, opposizione) mantenuta contro una rimozione concorrente.</numerusform>
            <numerusform>%n tutele (non contattare, sospensione, vulnerabilità, opposizione) mantenute contro una rimozione concorrente.</numerusform>
        </translation>
    </message>
    <message>
        <source>This store has no head office to send its work to: name the device the bundle is for (--for-device), once it is enrolled here with its key (ascolto-cli device enrol).</source>
        <translation>Questo archivio non ha una sede centrale a cui inviare il proprio lavoro: indica il dispositivo a cui è destinato il pacchetto (--for-device), dopo averlo registrato qui con la sua chiave (ascolto-cli device enrol).</translation>
    </message>
    <message>
        <source>No bundle for device %1: it is not enrolled here, and a bundle is only written, encrypted, for an enrolled device (ascolto-cli device enrol).</source>
        <translation>Nessun pacchetto per il dispositivo %1: non è registrato qui, e un pacchetto si scrive, cifrato, solo per un dispositivo registrato (ascolto-cli device enrol).</translation>
    </message>
    <message>
        <source>No bundle for device %1: it was revoked on %2.</source>
        <translation>Nessun pacchetto per il dispositivo %1: è stato revocato il %2.</translation>
    </message>
    <message>
        <source>it was made by an older Ascolto (bundle format %1, without the field stamps this one merges by): update the sending workstation and export a new bundle there</source>
        <translation>è stato fatto da una versione precedente di Ascolto (formato %1, senza le marcature dei campi con cui questa unisce i dati): aggiorna la postazione che lo invia ed esporta lì un nuovo pacchetto</translation>
    </message>
    <message>
        <source>it comes from device %1 (key %2), which is not enrolled here: an administrator enrols it first</source>
        <translation>viene dal dispositivo %1 (chiave %2), che non è registrato qui: prima un amministratore lo registra</translation>
    </message>
    <message>
        <source>its sender, device %1, was revoked on %2</source>
        <translation>il mittente, il dispositivo %1, è stato revocato il %2</translation>
    </message>
    <message>
        <source>it is signed with a key that is not the one enrolled here for device %1</source>
        <translation>è firmato con una chiave che non è quella registrata qui per il dispositivo %1</translation>
    </message>
    <message>
        <source>No bundle for device %1: nobody is enrolled to log in there, and a bundle never carries everything by default (enrol it again with its users).</source>
        <translation>Nessun pacchetto per il dispositivo %1: nessuno è registrato per accedervi, e un pacchetto non porta mai tutto per impostazione predefinita (registralo di nuovo con i suoi utenti).</translation>
    </message>
    <message>
        <source>the approval of plan %1 is refused: %2</source>
        <translation>l&apos;approvazione del piano %1 è rifiutata: %2</translation>
    </message>
    <message>
        <source>(refused first: %1)</source>
        <translation>(rifiutate prima: %1)</translation>
    </message>
    <message>
        <source>the evaluation %1 is refused: %2</source>
        <translation>la valutazione %1 è rifiutata: %2</translation>
    </message>
    <message>
        <source>the scorecard %1 is refused: %2</source>
        <translation>la scheda di valutazione %1 è rifiutata: %2</translation>
    </message>
    <message>
        <source>it was made by an older Ascolto (store schema %1, this one %2: %3 differs): update the sending workstation and export a new bundle there</source>
        <translation>è stato creato da una versione precedente di Ascolto (schema dell&apos;archivio %1, questo %2: %3 è diverso): aggiorna la postazione che lo ha inviato ed esporta lì un nuovo pacchetto</translation>
    </message>
    <message>
        <source>its score or answers were changed on device %1, where no team lead of the client or administrator logs in</source>
        <translation>il suo punteggio o le sue risposte sono stati cambiati sul dispositivo %1, dove non accede nessun capo team del committente né un amministratore</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) of a client whose mandate ended erased here, as the erasure recorded at another office asks.</source>
        <translation>
            <numerusform>%n debitore di un committente con mandato concluso cancellato qui, come chiede la cancellazione registrata in un&apos;altra sede.</numerusform>
            <numerusform>%n debitori di un committente con mandato concluso cancellati qui, come chiede la cancellazione registrata in un&apos;altra sede.</numerusform>
        </translation>
    </message>
    <message>
        <source>the erasure %1 is refused: %2</source>
        <translation>la cancellazione %1 è rifiutata: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) no longer in this workstation&apos;s users&apos; hands removed from it.</source>
        <translation>
            <numerusform>%n debitore non più affidato agli utenti di questa postazione rimosso da essa.</numerusform>
            <numerusform>%n debitori non più affidati agli utenti di questa postazione rimossi da essa.</numerusform>
        </translation>
    </message>
    <message>
        <source>the approval of new plan %1 is refused (it waits for the team lead): %2</source>
        <translation>l&apos;approvazione del nuovo piano %1 è rifiutata (attende il capo team): %2</translation>
    </message>
    <message>
        <source>the assignment of debtor %1 is refused: %2</source>
        <translation>l&apos;assegnazione del debitore %1 è rifiutata: %2</translation>
    </message>
    <message>
        <source>no assignment by a team lead of the client or an administrator hands it to user %1</source>
        <translation>nessuna assegnazione di un capo team del committente o di un amministratore lo affida all&apos;utente %1</translation>
    </message>
    <message>
        <source>the change of interlocutor of debtor %1 is refused: %2</source>
        <translation>il cambio di interlocutore del debitore %1 è rifiutato: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 are refused: they belong to a client that the users of device %2 do not work for</source>
        <translation>
            <numerusform>%n riga di %1 è rifiutata: appartiene a un committente per cui gli utenti del dispositivo %2 non lavorano</numerusform>
            <numerusform>%n righe di %1 sono rifiutate: appartengono a un committente per cui gli utenti del dispositivo %2 non lavorano</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskReason</name>
    <message>
        <source>Low score in the satisfaction survey</source>
        <translation>Punteggio basso nel sondaggio di soddisfazione</translation>
    </message>
    <message>
        <source>Low score in the satisfaction survey: %1</source>
        <translation>Punteggio basso nel sondaggio di soddisfazione: %1</translation>
    </message>
    <message>
        <source>Repayment plan broken: installments missed</source>
        <translation>Piano di rientro decaduto: rate non pagate</translation>
    </message>
    <message>
        <source>Plan approved by %1: confirm it to the debtor</source>
        <translation>Piano approvato da %1: confermalo al debitore</translation>
    </message>
    <message>
        <source>Plan rejected by %1: %2. Agree another one with the debtor</source>
        <translation>Piano respinto da %1: %2. Concordane un altro con il debitore</translation>
    </message>
    <message numerus="yes">
        <source>Plan amended and approved by %1: %n installment(s) of %2 from %3</source>
        <translation>
            <numerusform>Piano modificato e approvato da %1: %n rata da %2 dal %3</numerusform>
            <numerusform>Piano modificato e approvato da %1: %n rate da %2 dal %3</numerusform>
        </translation>
    </message>
    <message>
        <source>, discount %1</source>
        <translation>, sconto %1</translation>
    </message>
    <message>
        <source>. Confirm it to the debtor</source>
        <translation>. Confermalo al debitore</translation>
    </message>
</context>
<context>
    <name>TeamBoardQuery</name>
    <message>
        <source>read the team board</source>
        <translation>leggere il cruscotto della squadra</translation>
    </message>
    <message>
        <source>Reading the client&apos;s operators</source>
        <translation>Lettura degli operatori del committente</translation>
    </message>
    <message>
        <source>Reading the team board: %1</source>
        <translation>Lettura del cruscotto della squadra: %1</translation>
    </message>
    <message>
        <source>Reading the team board</source>
        <translation>Lettura del cruscotto della squadra</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Squadra</translation>
    </message>
</context>
<context>
    <name>TeamKpi</name>
    <message>
        <source>Debtors</source>
        <translation>Debitori</translation>
    </message>
    <message>
        <source>Debtors the operator is the interlocutor of now.</source>
        <translation>Debitori di cui l&apos;operatore è oggi l&apos;interlocutore.</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Da incassare</translation>
    </message>
    <message>
        <source>What those debtors owe now, bills not yet due included.</source>
        <translation>Quanto devono oggi quei debitori, comprese le bollette non ancora scadute.</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Incassato</translation>
    </message>
    <message>
        <source>Payments received in the period from debtors while the operator was their interlocutor (a handed-over debtor&apos;s earlier payments stay with who held them).</source>
        <translation>Pagamenti ricevuti nel periodo dai debitori mentre l&apos;operatore ne era l&apos;interlocutore (i pagamenti precedenti di un debitore passato ad altri restano a chi lo seguiva).</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Tentativi di contatto</translation>
    </message>
    <message>
        <source>Calls the operator made or took in the period (phone and visits), answered or not.</source>
        <translation>Chiamate fatte o ricevute dall&apos;operatore nel periodo (telefono e visite), con o senza risposta.</translation>
    </message>
    <message>
        <source>Right-party contacts</source>
        <translation>Contatti col debitore</translation>
    </message>
    <message>
        <source>Of those calls, the ones in which the debtor was spoken to (not a relative, not an answering machine).</source>
        <translation>Tra quelle chiamate, quelle in cui si è parlato con il debitore (non con un familiare né con una segreteria).</translation>
    </message>
    <message>
        <source>RPC rate</source>
        <translation>Tasso RPC</translation>
    </message>
    <message>
        <source>Right-party contacts / contact attempts.</source>
        <translation>Contatti col debitore / tentativi di contatto.</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Promesse raccolte</translation>
    </message>
    <message>
        <source>Promises to pay the operator took in the period.</source>
        <translation>Promesse di pagamento raccolte dall&apos;operatore nel periodo.</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesse mantenute</translation>
    </message>
    <message>
        <source>The operator&apos;s promises that fell due in the period and were paid in full by their date.</source>
        <translation>Promesse dell&apos;operatore scadute nel periodo e pagate per intero entro la data.</translation>
    </message>
    <message>
        <source>Promises broken</source>
        <translation>Promesse non mantenute</translation>
    </message>
    <message>
        <source>The operator&apos;s promises that fell due in the period and were not paid.</source>
        <translation>Promesse dell&apos;operatore scadute nel periodo e non pagate.</translation>
    </message>
    <message>
        <source>Kept rate</source>
        <translation>Tasso di mantenimento</translation>
    </message>
    <message>
        <source>Promises kept / promises that fell due in the period (kept + broken; cancelled ones do not count).</source>
        <translation>Promesse mantenute / promesse scadute nel periodo (mantenute + non mantenute; quelle annullate non contano).</translation>
    </message>
    <message>
        <source>Plans active</source>
        <translation>Piani attivi</translation>
    </message>
    <message>
        <source>Plans the operator agreed that are in force now.</source>
        <translation>Piani concordati dall&apos;operatore oggi in vigore.</translation>
    </message>
    <message>
        <source>Plans completed</source>
        <translation>Piani completati</translation>
    </message>
    <message>
        <source>Plans the operator agreed that were paid off in the period.</source>
        <translation>Piani concordati dall&apos;operatore saldati nel periodo.</translation>
    </message>
    <message>
        <source>Plans broken</source>
        <translation>Piani decaduti</translation>
    </message>
    <message>
        <source>Plans the operator agreed that broke in the period.</source>
        <translation>Piani concordati dall&apos;operatore decaduti nel periodo.</translation>
    </message>
    <message>
        <source>Caring calls</source>
        <translation>Chiamate di cortesia</translation>
    </message>
    <message>
        <source>Calls made in the period before a bill fell due, to remind and help.</source>
        <translation>Chiamate fatte nel periodo prima della scadenza di una bolletta, per ricordare e aiutare.</translation>
    </message>
    <message>
        <source>Caring: paid on time</source>
        <translation>Cortesia: pagate in tempo</translation>
    </message>
    <message>
        <source>Of the bills those calls were about (due within the client&apos;s caring window after the call) that have fallen due, the share paid in full by the due date.</source>
        <translation>Tra le bollette oggetto di quelle chiamate (in scadenza entro la finestra di cortesia del committente dopo la chiamata) già scadute, la quota pagata per intero entro la scadenza.</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Satisfaction after the operator&apos;s calls in the period: answers 4 or 5 of 5 / answers.</source>
        <translation>Soddisfazione dopo le chiamate dell&apos;operatore nel periodo: risposte 4 o 5 su 5 / risposte.</translation>
    </message>
    <message>
        <source>CES (average)</source>
        <translation>CES (media)</translation>
    </message>
    <message>
        <source>Customer effort: mean answer, 1 (very hard) to 7 (very easy).</source>
        <translation>Sforzo del cliente: risposta media, da 1 (molto difficile) a 7 (molto facile).</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Net promoter score: % answering 9-10 minus % answering 0-6, from -100 to 100.</source>
        <translation>Net promoter score: % di risposte 9-10 meno % di risposte 0-6, da -100 a 100.</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>Reclami aperti</translation>
    </message>
    <message>
        <source>Complaints about the client&apos;s service the operator recorded in the period, to report to the client.</source>
        <translation>Reclami sul servizio del committente registrati dall&apos;operatore nel periodo, da riferire al committente.</translation>
    </message>
    <message>
        <source>Emotions recognised</source>
        <translation>Emozioni riconosciute</translation>
    </message>
    <message>
        <source>Calls in the period in which the operator named the debtor&apos;s emotion.</source>
        <translation>Chiamate del periodo in cui l&apos;operatore ha riconosciuto l&apos;emozione del debitore.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Attività in ritardo</translation>
    </message>
    <message>
        <source>The operator&apos;s open tasks past their time, now.</source>
        <translation>Attività aperte dell&apos;operatore oltre il loro termine, oggi.</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>Continuità</translation>
    </message>
    <message>
        <source>Of the conversations in the period with the debtors the operator was interlocutor of, the share the operator held (not a colleague).</source>
        <translation>Tra le conversazioni del periodo con i debitori di cui l&apos;operatore era interlocutore, la quota tenuta dall&apos;operatore stesso (non da un collega).</translation>
    </message>
    <message>
        <source>Interlocutor changes</source>
        <translation>Cambi di interlocutore</translation>
    </message>
    <message>
        <source>Handovers in the last 12 months of the operator&apos;s debtors, per 100 debtors a year (the period does not change it).</source>
        <translation>Passaggi di consegne negli ultimi 12 mesi dei debitori dell&apos;operatore, ogni 100 debitori all&apos;anno (non dipende dal periodo scelto).</translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>Type a date, e.g. %1.</source>
        <translation>Scrivi una data, es. %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type day, month and year, e.g. %2.</source>
        <translation>«%1» non è una data: scrivi giorno, mese e anno, es. %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2.</source>
        <translation>«%1»: il mese %2 non esiste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: that month has no day %2.</source>
        <translation>«%1»: quel mese non ha il giorno %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: type hours and minutes, e.g. 19:30.</source>
        <translation>«%1» non è un orario: scrivi ore e minuti, es. 19:30.</translation>
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
    <message>
        <source>An administrator works for the whole firm, not for one client.</source>
        <translation>Un amministratore lavora per tutta l&apos;azienda, non per un committente.</translation>
    </message>
    <message>
        <source>A user name is 2 to 40 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Un nome utente è fatto di 2-40 lettere, cifre, &apos;.&apos;, &apos;-&apos; o &apos;_&apos;.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Non c&apos;è un utente %1.</translation>
    </message>
    <message>
        <source>deactivate users</source>
        <translation>disattivare utenti</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: create or reactivate another one first, or nobody could manage this store.</source>
        <translation>%1 è l&apos;ultimo amministratore attivo: creane o riattivane prima un altro, o nessuno potrebbe gestire questo archivio.</translation>
    </message>
    <message>
        <source>Changing the user</source>
        <translation>Modifica dell&apos;utente</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>reimpostare password</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La password attuale è errata.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Scegli una password diversa da quella attuale.</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Cambio della password</translation>
    </message>
    <message>
        <source>change users</source>
        <translation>modificare utenti</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for %1: try again in %n second(s).</source>
        <translation>
            <numerusform>Troppi tentativi falliti per %1: riprova tra %n secondo.</numerusform>
            <numerusform>Troppi tentativi falliti per %1: riprova tra %n secondi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkQueueQuery</name>
    <message>
        <source>Callback</source>
        <translation>Richiamata</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Promessa in scadenza</translation>
    </message>
    <message>
        <source>Promise not kept</source>
        <translation>Promessa non mantenuta</translation>
    </message>
    <message>
        <source>Installment overdue</source>
        <translation>Rata scaduta</translation>
    </message>
    <message>
        <source>Installment due</source>
        <translation>Rata in scadenza</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Richiamata di ascolto</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Sollecito</translation>
    </message>
    <message>
        <source>Caring call</source>
        <translation>Chiamata di caring</translation>
    </message>
    <message>
        <source>The debtor asked to be called back at %1</source>
        <translation>Il debitore ha chiesto di essere richiamato il %1</translation>
    </message>
    <message>
        <source>Unhappy after the last contact: call to understand</source>
        <translation>Insoddisfatto dopo l&apos;ultimo contatto: chiamare per capire</translation>
    </message>
    <message>
        <source>Promised to pay %1 today</source>
        <translation>Ha promesso di pagare %1 oggi</translation>
    </message>
    <message>
        <source>Promised %1 by %2: not received</source>
        <translation>Ha promesso %1 entro il %2: non ricevuto</translation>
    </message>
    <message>
        <source>installment %1 of %2</source>
        <translation>rata %1 di %2</translation>
    </message>
    <message>
        <source>%1 (%2) overdue since %3</source>
        <translation>%1 (%2) scaduta dal %3</translation>
    </message>
    <message>
        <source>%1 (%2) due on %3: a reminder before the date</source>
        <translation>%1 (%2) in scadenza il %3: un promemoria prima della data</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 overdue since %3 (%n day(s))</source>
        <translation>
            <numerusform>%1: %2 scaduto dal %3 (%n giorno)</numerusform>
            <numerusform>%1: %2 scaduto dal %3 (%n giorni)</numerusform>
        </translation>
    </message>
    <message>
        <source>A bill falls due on %1 and its arrival is not confirmed: check it was received and the payment channels are known</source>
        <translation>Una bolletta scade il %1 e il ricevimento non è confermato: verificare che sia arrivata e che i canali di pagamento siano noti</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approvazione</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>A plan waits for your approval: %1</source>
        <translation>Un piano attende la tua approvazione: %1</translation>
    </message>
    <message>
        <source>To review: %1</source>
        <translation>Da rivedere: %1</translation>
    </message>
    <message>
        <source>A plan waits for your approval: beyond what the household can afford (&quot;%1&quot;)</source>
        <translation>Un piano attende la tua approvazione: oltre quanto la famiglia può sostenere (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>A plan waits for your approval</source>
        <translation>Un piano attende la tua approvazione</translation>
    </message>
</context>
<context>
    <name>ascolto-cli</name>
    <message>
        <source>Reports: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>Periodic report: %1</source>
        <translation>Rapporto periodico: %1</translation>
    </message>
</context>
<context>
    <name>ascolto::AbsencesDialog</name>
    <message>
        <source>Add the absence</source>
        <translation>Aggiungi l&apos;assenza</translation>
    </message>
    <message>
        <source>End it now</source>
        <translation>Chiudila ora</translation>
    </message>
    <message>
        <source>Absences and backups</source>
        <translation>Assenze e sostituti</translation>
    </message>
    <message>
        <source>e.g. holidays, training; what the backup should know</source>
        <translation>es. ferie, formazione; che cosa deve sapere il sostituto</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Sostituito da</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>While an absence lasts, the backup&apos;s Today and portfolio include the absent colleague&apos;s debtors; their interlocutor stays the same, and the backup&apos;s calls count as a colleague&apos;s.</source>
        <translation>Finché dura un&apos;assenza, Oggi e il portafoglio del sostituto includono i debitori del collega assente; il loro interlocutore resta lo stesso, e le chiamate del sostituto contano come quelle di un collega.</translation>
    </message>
    <message>
        <source>Away:</source>
        <translation>Assente:</translation>
    </message>
    <message>
        <source>Covered by:</source>
        <translation>Sostituito da:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>To (included):</source>
        <translation>Al (compreso):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>chiusa in anticipo</translation>
    </message>
    <message>
        <source>%1 is away from %2 to %3; %4 covers.</source>
        <translation>%1 è assente dal %2 al %3; lo sostituisce %4.</translation>
    </message>
    <message>
        <source>Choose the absence to end.</source>
        <translation>Scegli l&apos;assenza da chiudere.</translation>
    </message>
    <message>
        <source>The absence of %1 is ended: %2 no longer covers.</source>
        <translation>L&apos;assenza di %1 è chiusa: %2 non lo sostituisce più.</translation>
    </message>
</context>
<context>
    <name>ascolto::AdminMenu</name>
    <message>
        <source>Assignment</source>
        <translation>Assegnazione</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Amministrazione</translation>
    </message>
    <message>
        <source>Set-up &amp;checklist...</source>
        <translation>&amp;Lista di avvio...</translation>
    </message>
    <message>
        <source>&amp;New client...</source>
        <translation>&amp;Nuovo committente...</translation>
    </message>
    <message>
        <source>&amp;Edit client</source>
        <translation>&amp;Modifica committente</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>&amp;Utenti...</translation>
    </message>
    <message>
        <source>&amp;Assign unassigned debtors</source>
        <translation>&amp;Assegna i debitori senza operatore</translation>
    </message>
    <message>
        <source>Each client&apos;s rule gives its debtors without an operator to its active operators; assigned debtors never move.</source>
        <translation>La regola di ogni committente affida i suoi debitori senza operatore ai suoi operatori attivi; i debitori già assegnati non si spostano mai.</translation>
    </message>
    <message>
        <source>Every debtor already has an operator.</source>
        <translation>Ogni debitore ha già un operatore.</translation>
    </message>
</context>
<context>
    <name>ascolto::ApprovalsView</name>
    <message numerus="yes">
        <source>%n installment(s) of %1 from %2</source>
        <translation>
            <numerusform>%n rata da %1 dal %2</numerusform>
            <numerusform>%n rate da %1 dal %2</numerusform>
        </translation>
    </message>
    <message>
        <source>discount %1 (operators: %2)</source>
        <translation>sconto %1 (operatori: %2)</translation>
    </message>
    <message>
        <source>above what the household can afford</source>
        <translation>oltre quanto il nucleo familiare può sostenere</translation>
    </message>
    <message>
        <source>renegotiation</source>
        <translation>rinegoziazione</translation>
    </message>
    <message>
        <source>cannot be approved as it is: %1</source>
        <translation>non approvabile così com&apos;è: %1</translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>Nulla attende la tua decisione.</translation>
    </message>
    <message>
        <source>Cannot be approved as it is: %1. Amend it.</source>
        <translation>Non approvabile così com&apos;è: %1. Modificalo.</translation>
    </message>
    <message>
        <source>The proposal</source>
        <translation>La proposta</translation>
    </message>
    <message>
        <source>The client&apos;s mandate</source>
        <translation>Il mandato del committente</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>Il nucleo familiare</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 di %2 (%3)</translation>
    </message>
    <message>
        <source>Debt covered: %1</source>
        <translation>Debito coperto: %1</translation>
    </message>
    <message>
        <source>Discount: %1 (%2)</source>
        <translation>Sconto: %1 (%2)</translation>
    </message>
    <message>
        <source>Down payment: %1</source>
        <translation>Acconto: %1</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2</source>
        <translation>Proposto da %1 il %2</translation>
    </message>
    <message>
        <source>Renegotiates the plan in force, which stays until this is approved</source>
        <translation>Rinegozia il piano in vigore, che resta finché questo non è approvato</translation>
    </message>
    <message>
        <source>Operators grant up to %1</source>
        <translation>Gli operatori concedono fino al %1</translation>
    </message>
    <message>
        <source>Team leads up to %1</source>
        <translation>I capi team fino al %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n installment(s)</source>
        <translation>
            <numerusform>Al massimo %n rata</numerusform>
            <numerusform>Al massimo %n rate</numerusform>
        </translation>
    </message>
    <message>
        <source>Installments of at least %1</source>
        <translation>Rate di almeno %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n month(s)</source>
        <translation>
            <numerusform>Al massimo %n mese</numerusform>
            <numerusform>Al massimo %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n componente</numerusform>
            <numerusform>%n componenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Net income: %1 a month</source>
        <translation>Reddito netto: %1 al mese</translation>
    </message>
    <message>
        <source>Essential costs: %1</source>
        <translation>Spese essenziali: %1</translation>
    </message>
    <message>
        <source>Can pay up to %1 a month</source>
        <translation>Può pagare fino a %1 al mese</translation>
    </message>
    <message>
        <source>&lt;b&gt;Above what they can afford.&lt;/b&gt; The operator&apos;s reason: %1</source>
        <translation>&lt;b&gt;Oltre quanto può sostenere.&lt;/b&gt; Il motivo dell&apos;operatore: %1</translation>
    </message>
    <message>
        <source>Not assessed with the debtor</source>
        <translation>Non valutato con il debitore</translation>
    </message>
    <message>
        <source>Cannot be approved as it is: %1. Amend it, or reject it.</source>
        <translation>Non approvabile così com&apos;è: %1. Modificalo o respingilo.</translation>
    </message>
    <message>
        <source>The letter to the debtor</source>
        <translation>La lettera al debitore</translation>
    </message>
    <message>
        <source>%1 Letter: %2</source>
        <translation>%1 Lettera: %2</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Approva il piano</translation>
    </message>
    <message>
        <source>Plan of %1 approved: %2 is told.</source>
        <translation>Piano di %1 approvato: %2 ne è informato.</translation>
    </message>
    <message>
        <source>Reject the plan of %1</source>
        <translation>Respingi il piano di %1</translation>
    </message>
    <message>
        <source>Plan of %1 rejected: %2 is told why.</source>
        <translation>Piano di %1 respinto: %2 ne conosce il motivo.</translation>
    </message>
    <message>
        <source>Amend the plan of %1</source>
        <translation>Modifica il piano di %1</translation>
    </message>
    <message>
        <source>amount or percentage, e.g. 10%</source>
        <translation>importo o percentuale, es. 10%</translation>
    </message>
    <message numerus="yes">
        <source>The debtor pays %1: %n installment(s) of %2 until %3; discount %4 (%5).</source>
        <translation>
            <numerusform>Il debitore paga %1: %n rata da %2 fino al %3; sconto %4 (%5).</numerusform>
            <numerusform>Il debitore paga %1: %n rate da %2 fino al %3; sconto %4 (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Installments:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Sconto:</translation>
    </message>
    <message>
        <source>First installment on:</source>
        <translation>Prima rata il:</translation>
    </message>
    <message>
        <source>Amend and approve</source>
        <translation>Modifica e approva</translation>
    </message>
    <message>
        <source>Within your authority (up to %1 discount) the amended plan is in force at once; %2 is told what changed and confirms it to the debtor.</source>
        <translation>Entro la tua autonomia (sconto fino al %1) il piano modificato è subito in vigore; %2 è informato delle modifiche e lo conferma al debitore.</translation>
    </message>
    <message>
        <source>Plan of %1 amended and approved: %2 is told what changed.</source>
        <translation>Piano di %1 modificato e approvato: %2 è informato delle modifiche.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposto</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Perché attende</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Respingi…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Apri la scheda</translation>
    </message>
    <message numerus="yes">
        <source>broken on %1 (%n installment(s) missed): to review</source>
        <translation>
            <numerusform>decaduto il %1 (%n rata non pagata): da esaminare</numerusform>
            <numerusform>decaduto il %1 (%n rate non pagate): da esaminare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Waiting for your decision&lt;/b&gt; — %n plan(s), oldest first; broken plans to review last</source>
        <translation>
            <numerusform>&lt;b&gt;In attesa della tua decisione&lt;/b&gt; — %n piano, dal più vecchio; i piani decaduti da esaminare in fondo</numerusform>
            <numerusform>&lt;b&gt;In attesa della tua decisione&lt;/b&gt; — %n piani, dal più vecchio; i piani decaduti da esaminare in fondo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Broken on %1&lt;/b&gt;: %n installment(s) missed, %2 paid before it broke. Open the card to renegotiate with the debtor, or mark it reviewed.</source>
        <translation>
            <numerusform>&lt;b&gt;Decaduto il %1&lt;/b&gt;: %n rata non pagata, %2 pagati prima. Apri la scheda per rinegoziare con il debitore, o segnalo come esaminato.</numerusform>
            <numerusform>&lt;b&gt;Decaduto il %1&lt;/b&gt;: %n rate non pagate, %2 pagati prima. Apri la scheda per rinegoziare con il debitore, o segnalo come esaminato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the broken plan</source>
        <translation>Esamina il piano decaduto</translation>
    </message>
    <message>
        <source>Broken plan of %1 reviewed.</source>
        <translation>Piano decaduto di %1 esaminato.</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Esaminato</translation>
    </message>
    <message>
        <source>The broken plan was looked at: its review leaves the list</source>
        <translation>Il piano decaduto è stato esaminato: esce dall&apos;elenco</translation>
    </message>
</context>
<context>
    <name>ascolto::AuditLog</name>
    <message>
        <source>row %1 of the chain is missing (the next one is %2): a row was deleted</source>
        <translation>la riga %1 della catena manca (la successiva è la %2): una riga è stata cancellata</translation>
    </message>
    <message>
        <source>it does not follow the row before it: a row was inserted, replaced or changed</source>
        <translation>non segue la riga precedente: una riga è stata inserita, sostituita o modificata</translation>
    </message>
    <message>
        <source>its values were changed after it was written</source>
        <translation>i suoi valori sono stati modificati dopo la scrittura</translation>
    </message>
</context>
<context>
    <name>ascolto::CallListModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emozione</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
</context>
<context>
    <name>ascolto::CallListView</name>
    <message>
        <source>Remove this filter</source>
        <translation>Togli questo filtro</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Calls&lt;/b&gt; — %n call(s) and message(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Chiamate&lt;/b&gt; — %n chiamata o messaggio</numerusform>
            <numerusform>&lt;b&gt;Chiamate&lt;/b&gt; — %n chiamate e messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Tutti gli operatori</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <source>Every purpose</source>
        <translation>Tutti gli scopi</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Tutti gli esiti</translation>
    </message>
    <message>
        <source>Enter or double-click opens the debtor&apos;s card with the call</source>
        <translation>Invio o doppio clic apre la scheda del debitore con la chiamata</translation>
    </message>
    <message>
        <source>Score the call…</source>
        <translation>Valuta la chiamata…</translation>
    </message>
    <message>
        <source>Score the selected call on the client&apos;s scorecard, or read its evaluation (Ctrl+Shift+S)</source>
        <translation>Valuta la chiamata selezionata con la scheda del committente, o leggine la valutazione (Ctrl+Maiusc+S)</translation>
    </message>
    <message>
        <source>Any emotion</source>
        <translation>Qualsiasi emozione</translation>
    </message>
    <message>
        <source>Any satisfaction</source>
        <translation>Qualsiasi soddisfazione</translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation>Con questionario</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Insoddisfatti</translation>
    </message>
    <message>
        <source>Dissatisfied: CSAT 1-2 or NPS 0-6 after the call</source>
        <translation>Insoddisfatti: CSAT 1-2 o NPS 0-6 dopo la chiamata</translation>
    </message>
    <message>
        <source>Scored or not</source>
        <translation>Valutate o no</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Non ancora valutate</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Valutate</translation>
    </message>
</context>
<context>
    <name>ascolto::CallReviewDialog</name>
    <message>
        <source>Debtor:</source>
        <translation>Debitore:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operatore:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <source>%1, %2 min %3 s</source>
        <translation>%1, %2 min %3 s</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Scopo:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identità:</translation>
    </message>
    <message>
        <source>confirmed before any detail of the debt</source>
        <translation>confermata prima di ogni dettaglio del debito</translation>
    </message>
    <message>
        <source>someone else answered: safe message only</source>
        <translation>ha risposto un&apos;altra persona: solo il messaggio neutro</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non verificata</translation>
    </message>
    <message>
        <source>Contact rules:</source>
        <translation>Regole di contatto:</translation>
    </message>
    <message>
        <source>the call was outside the rules and no reason is recorded</source>
        <translation>la chiamata era fuori dalle regole e nessun motivo è registrato</translation>
    </message>
    <message>
        <source>outside the rules; reason: %1</source>
        <translation>fuori dalle regole; motivo: %1</translation>
    </message>
    <message>
        <source>Emotion:</source>
        <translation>Emozione:</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>nessuna riconosciuta</translation>
    </message>
    <message>
        <source>Checklist ticked:</source>
        <translation>Voci spuntate:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Reason for non-payment:</source>
        <translation>Motivo del mancato pagamento:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Esito:</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Promessa:</translation>
    </message>
    <message>
        <source>Survey:</source>
        <translation>Questionario:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Score the call with %1</source>
        <translation>Valuta la chiamata con %1</translation>
    </message>
    <message>
        <source>The call as recorded</source>
        <translation>La chiamata come registrata</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
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
        <translation>Precompilato da quanto l&apos;archivio ha registrato della chiamata; cambialo se la chiamata dice altro.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;(fatal: a no sets the score to 0)&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;(bloccante: un no porta il punteggio a 0)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scorecard&lt;/b&gt;, version %1</source>
        <translation>&lt;b&gt;Scheda di valutazione&lt;/b&gt;, versione %1</translation>
    </message>
    <message>
        <source>What went well and what to work on, for the operator</source>
        <translation>Che cosa è andato bene e su che cosa lavorare, per l&apos;operatore</translation>
    </message>
    <message>
        <source>Coaching: what to practise, how</source>
        <translation>Coaching: che cosa esercitare, come</translation>
    </message>
    <message>
        <source>e.g. naming the emotion, proposing an affordable plan</source>
        <translation>es. riconoscere l&apos;emozione, proporre un piano sostenibile</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commento:</translation>
    </message>
    <message>
        <source>Skill to work on:</source>
        <translation>Competenza da sviluppare:</translation>
    </message>
    <message>
        <source>Coaching note:</source>
        <translation>Nota di coaching:</translation>
    </message>
    <message>
        <source>Follow-up on:</source>
        <translation>Verifica il:</translation>
    </message>
    <message>
        <source>Save the evaluation</source>
        <translation>Salva la valutazione</translation>
    </message>
    <message>
        <source>Score: &lt;b&gt;%1&lt;/b&gt; / 100</source>
        <translation>Punteggio: &lt;b&gt;%1&lt;/b&gt; / 100</translation>
    </message>
    <message>
        <source>fatal: %1</source>
        <translation>bloccante: %1</translation>
    </message>
    <message>
        <source>some items have no answer yet</source>
        <translation>alcune voci non hanno ancora risposta</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Script:</translation>
    </message>
    <message>
        <source>Emotions marked during the call:</source>
        <translation>Emozioni segnate durante la chiamata:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n installment(s), %2 from %3 (%4)</source>
        <translation>
            <numerusform>%1, %n rata, %2 dal %3 (%4)</numerusform>
            <numerusform>%1, %n rate, %2 dal %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Piano:</translation>
    </message>
    <message>
        <source>Its steps:</source>
        <translation>I suoi passi:</translation>
    </message>
</context>
<context>
    <name>ascolto::CallWorkspace</name>
    <message>
        <source>Say why the call goes ahead despite the contact rules.</source>
        <translation>Indica perché la chiamata prosegue nonostante le regole di contatto.</translation>
    </message>
    <message>
        <source>Check the identity first: Alt+Y if it is the debtor, Alt+T if someone else answered.</source>
        <translation>Prima verifica l&apos;identità: Alt+Y se è il debitore, Alt+T se ha risposto un&apos;altra persona.</translation>
    </message>
    <message>
        <source>No script for this purpose.</source>
        <translation>Nessuno script per questo scopo.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 di %2</translation>
    </message>
    <message>
        <source>Promise to pay: %1</source>
        <translation>Promessa di pagamento: %1</translation>
    </message>
    <message>
        <source>Discard the call</source>
        <translation>Scarta la chiamata</translation>
    </message>
    <message>
        <source>Discard this call and everything noted in it?</source>
        <translation>Scartare questa chiamata e tutto ciò che è stato annotato?</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Chiamata con %1</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Durata della chiamata</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Scopo: %1</translation>
    </message>
    <message>
        <source>Number: none chosen</source>
        <translation>Numero: nessuno scelto</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON verificato</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opposizione</translation>
    </message>
    <message>
        <source>Number: %1 (%2)</source>
        <translation>Numero: %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The contact rules advise against this call:&lt;/b&gt; %1.&lt;br/&gt;Go ahead only with a reason (for example: the debtor asked for this callback); it is recorded.</source>
        <translation>&lt;b&gt;Le regole di contatto sconsigliano questa chiamata:&lt;/b&gt; %1.&lt;br/&gt;Prosegui solo con un motivo (ad esempio: il debitore ha chiesto questo richiamo); viene registrato.</translation>
    </message>
    <message>
        <source>Contact rules overridden (%1): %2</source>
        <translation>Regole di contatto superate (%1): %2</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Prosegui</translation>
    </message>
    <message>
        <source>It is the debtor (Alt+Y)</source>
        <translation>È il debitore (Alt+Y)</translation>
    </message>
    <message>
        <source>Not the debtor (Alt+T)</source>
        <translation>Non è il debitore (Alt+T)</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Identità confermata</translation>
    </message>
    <message>
        <source>Third party: no debt details</source>
        <translation>Terzi: nessun dettaglio sul debito</translation>
    </message>
    <message>
        <source>Identity not checked yet</source>
        <translation>Identità non ancora verificata</translation>
    </message>
    <message>
        <source>Who answered?</source>
        <translation>Chi ha risposto?</translation>
    </message>
    <message>
        <source>family member</source>
        <translation>familiare</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>lavoro</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>un&apos;altra persona</translation>
    </message>
    <message>
        <source>Empathy (Alt+E)</source>
        <translation>Empatia (Alt+E)</translation>
    </message>
    <message>
        <source>Notes and outcome (Alt+N)</source>
        <translation>Note ed esito (Alt+N)</translation>
    </message>
    <message>
        <source>Satisfaction (Alt+S)</source>
        <translation>Soddisfazione (Alt+S)</translation>
    </message>
    <message>
        <source>Mark the emotion you recognise to see what helps.</source>
        <translation>Segna l&apos;emozione che riconosci per vedere cosa aiuta.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation>Cosa evitare</translation>
    </message>
    <message>
        <source>Vulnerability disclosed… (Alt+V)</source>
        <translation>Vulnerabilità dichiarata… (Alt+V)</translation>
    </message>
    <message>
        <source>Recorded with consent: %1</source>
        <translation>Registrata con consenso: %1</translation>
    </message>
    <message>
        <source>Reason for non-payment</source>
        <translation>Motivo del mancato pagamento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prossimo passo</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promessa di pagamento</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>(non chiesto)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>niente in programma</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>richiamata</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>sollecito</translation>
    </message>
    <message>
        <source>repayment plan</source>
        <translation>piano di rientro</translation>
    </message>
    <message>
        <source>amount, e.g. 50,00</source>
        <translation>importo, es. 50,00</translation>
    </message>
    <message>
        <source>Date the debtor will pay by</source>
        <translation>Data entro cui il debitore pagherà</translation>
    </message>
    <message>
        <source>(channel)</source>
        <translation>(canale)</translation>
    </message>
    <message>
        <source>The debtor asks not to be called on this number again</source>
        <translation>Il debitore chiede di non essere più chiamato su questo numero</translation>
    </message>
    <message>
        <source>CSAT, satisfaction (1-5)</source>
        <translation>CSAT, soddisfazione (1-5)</translation>
    </message>
    <message>
        <source>CES, ease (1-7)</source>
        <translation>CES, facilità (1-7)</translation>
    </message>
    <message>
        <source>NPS, recommend (0-10)</source>
        <translation>NPS, passaparola (0-10)</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>Le sue parole</translation>
    </message>
    <message>
        <source>Save call (Ctrl+Enter)</source>
        <translation>Salva chiamata (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Why the call goes ahead (the reason, not the person&apos;s details: it is audited)</source>
        <translation>Perché la chiamata prosegue (il motivo, non i dati della persona: resta nel registro di audit)</translation>
    </message>
</context>
<context>
    <name>ascolto::ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Scegli una nuova password</translation>
    </message>
    <message>
        <source>Your password was reset by an administrator. Choose a new one to go on.</source>
        <translation>La tua password è stata reimpostata da un amministratore. Scegline una nuova per continuare.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Password temporanea</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Ripetila</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Le due nuove password sono diverse.</translation>
    </message>
</context>
<context>
    <name>ascolto::ClientDialog</name>
    <message>
        <source>Client</source>
        <translation>Committente</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Contact rules</source>
        <translation>Regole di contatto</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Scala di sollecito</translation>
    </message>
    <message>
        <source>Payments, assignment, scripts</source>
        <translation>Pagamenti, assegnazione, script</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>IBAN for bank transfers</source>
        <translation>IBAN per i bonifici</translation>
    </message>
    <message>
        <source>PagoPA creditor code</source>
        <translation>Codice ente creditore PagoPA</translation>
    </message>
    <message>
        <source>Customer service phone</source>
        <translation>Telefono del servizio clienti</translation>
    </message>
    <message>
        <source>Customer service e-mail</source>
        <translation>E-mail del servizio clienti</translation>
    </message>
    <message>
        <source>e.g. ACQUA-NORD</source>
        <translation>es. ACQUA-NORD</translation>
    </message>
    <message>
        <source>Most installments</source>
        <translation>Numero massimo di rate</translation>
    </message>
    <message>
        <source>Smallest installment (€)</source>
        <translation>Rata minima (€)</translation>
    </message>
    <message>
        <source>Longest plan (months)</source>
        <translation>Durata massima del piano (mesi)</translation>
    </message>
    <message>
        <source>Operator&apos;s discount authority (%)</source>
        <translation>Sconto concedibile dall&apos;operatore (%)</translation>
    </message>
    <message>
        <source>Team lead&apos;s discount authority (%)</source>
        <translation>Sconto concedibile dal capo team (%)</translation>
    </message>
    <message>
        <source>Protected minimum for living (€)</source>
        <translation>Minimo vitale protetto (€)</translation>
    </message>
    <message>
        <source>Missed installments that break a plan</source>
        <translation>Rate non pagate che fanno decadere un piano</translation>
    </message>
    <message>
        <source>Days late that break a plan</source>
        <translation>Giorni di ritardo che fanno decadere un piano</translation>
    </message>
    <message>
        <source>Formal notice not before (days after due)</source>
        <translation>Messa in mora non prima di (giorni dopo la scadenza)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>Da lunedì a venerdì</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <source>No calls on Sundays and national holidays (code of conduct).</source>
        <translation>Nessuna chiamata la domenica e nei festivi nazionali (codice di condotta).</translation>
    </message>
    <message>
        <source>Conversations per debtor per day</source>
        <translation>Conversazioni per debitore al giorno</translation>
    </message>
    <message>
        <source>Caring calls start (days before due)</source>
        <translation>Chiamate di caring da (giorni prima della scadenza)</translation>
    </message>
    <message>
        <source>Softest first: each stage starts the given number of days after the oldest unpaid due date.</source>
        <translation>Prima il più gentile: ogni fase inizia il numero di giorni indicato dopo la scadenza non pagata più vecchia.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Dal giorno</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Aggiungi passo</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Togli passo</translation>
    </message>
    <message>
        <source>Payment channels the client accepts:</source>
        <translation>Canali di pagamento accettati dal committente:</translation>
    </message>
    <message>
        <source>Debtors nobody owns yet go to:</source>
        <translation>I debitori ancora senza operatore vanno:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Provinces (MI, MB...)</source>
        <translation>Province (MI, MB...)</translation>
    </message>
    <message>
        <source>A debtor already assigned never moves: that is a reassignment, with a handover note.</source>
        <translation>Un debitore già assegnato non si sposta mai: quella è una riassegnazione, con una nota di passaggio.</translation>
    </message>
    <message>
        <source>Load call scripts or templates...</source>
        <translation>Carica script di chiamata o modelli...</translation>
    </message>
    <message>
        <source>Give the client a code first.</source>
        <translation>Dai prima un codice al committente.</translation>
    </message>
    <message>
        <source>Client&apos;s call scripts or templates</source>
        <translation>Script di chiamata o modelli del committente</translation>
    </message>
    <message>
        <source>Scripts and templates (calls_*.json education_*.json)</source>
        <translation>Script e modelli (calls_*.json education_*.json)</translation>
    </message>
    <message>
        <source>%1 checked and installed for %2.</source>
        <translation>%1 verificato e installato per %2.</translation>
    </message>
    <message>
        <source>Lock an idle window after (minutes)</source>
        <translation>Blocca la finestra inattiva dopo (minuti)</translation>
    </message>
    <message>
        <source>Mandate ended on</source>
        <translation>Mandato concluso il</translation>
    </message>
    <message>
        <source>End of the mandate</source>
        <translation>Fine del mandato</translation>
    </message>
    <message>
        <source>Keep the debtors after it (months)</source>
        <translation>Conserva i debitori dopo la fine (mesi)</translation>
    </message>
    <message>
        <source>When this time has passed since the end of the mandate, an administrator erases the client&apos;s debtors from every office (ascolto-cli client erase).</source>
        <translation>Trascorso questo tempo dalla fine del mandato, un amministratore cancella i debitori del committente da tutte le sedi (ascolto-cli client erase).</translation>
    </message>
    <message>
        <source>Management fee per month (€)</source>
        <translation>Compenso di gestione mensile (€)</translation>
    </message>
    <message>
        <source>Success fee (% of what is collected)</source>
        <translation>Provvigione (% del recuperato)</translation>
    </message>
    <message>
        <source>Language of the client&apos;s reports</source>
        <translation>Lingua dei report al committente</translation>
    </message>
</context>
<context>
    <name>ascolto::ComplaintDialog</name>
    <message>
        <source>Complaint for the client - %1</source>
        <translation>Reclamo per il committente - %1</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, scadenza %2</translation>
    </message>
    <message>
        <source>What went wrong with the service, as the debtor tells it</source>
        <translation>Cosa non ha funzionato nel servizio, come lo racconta il debitore</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Apri il reclamo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>Bills concerned:</source>
        <translation>Bollette interessate:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>The bills concerned are put on hold: no reminders and no formal notice until the complaint is resolved.</source>
        <translation>Le bollette interessate vengono sospese: nessun sollecito e nessuna messa in mora finché il reclamo non è risolto.</translation>
    </message>
</context>
<context>
    <name>ascolto::ConflictReviewDialog</name>
    <message>
        <source>Show &amp;reviewed conflicts too</source>
        <translation>Mostra anche i conflitti già &amp;rivisti</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantenuto</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>Sovrascritto</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Rivisto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Overwritten value</source>
        <translation>Valore sovrascritto</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valore mantenuto</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>Segna come &amp;rivisto</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>Record that you looked at the selected conflicts</source>
        <translation>Registra che hai esaminato i conflitti selezionati</translation>
    </message>
    <message>
        <source>this workstation</source>
        <translation>questa postazione</translation>
    </message>
    <message>
        <source>workstation %1</source>
        <translation>postazione %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Committente</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Recapito</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Fornitura</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bolletta</translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation>Piano di rientro</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Rata</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promessa di pagamento</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Modello di messaggio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Assigned operator</source>
        <translation>Operatore assegnato</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sospensione</translation>
    </message>
    <message>
        <source>Hold until</source>
        <translation>Sospeso fino al</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerabilità</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Non contattare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versione %2)</translation>
    </message>
    <message>
        <source>No sync conflicts to review.</source>
        <translation>Nessun conflitto di sincronizzazione da rivedere.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review. Two offices changed the same field while apart: the later change was kept everywhere, and the overwritten value is shown below. Anything worth keeping is entered again on the debtor&apos;s card.</source>
        <translation>
            <numerusform>%n conflitto da rivedere. Due uffici hanno cambiato lo stesso campo mentre erano separati: la modifica più recente è stata mantenuta ovunque, e il valore sovrascritto è mostrato sotto. Quello che merita di restare si reinserisce nella scheda del debitore.</numerusform>
            <numerusform>%n conflitti da rivedere. Due uffici hanno cambiato lo stesso campo mentre erano separati: la modifica più recente è stata mantenuta ovunque, e il valore sovrascritto è mostrato sotto. Quello che merita di restare si reinserisce nella scheda del debitore.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
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
        <translation>Il controllo del giorno non è riuscito: %1. Riparte al prossimo avvio o cambio di giorno.</translation>
    </message>
    <message>
        <source>The daily check could not open the store: %1</source>
        <translation>Il controllo del giorno non ha potuto aprire l&apos;archivio: %1</translation>
    </message>
</context>
<context>
    <name>ascolto::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>gg/mm/aaaa hh:mm</translation>
    </message>
    <message>
        <source>Choose on the calendar</source>
        <translation>Scegli sul calendario</translation>
    </message>
</context>
<context>
    <name>ascolto::DebtorCardView</name>
    <message>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <source>Start call (Ctrl+Shift+C)</source>
        <translation>Avvia chiamata (Ctrl+Maiusc+C)</translation>
    </message>
    <message>
        <source>Record payment (Ctrl+Shift+P)</source>
        <translation>Registra pagamento (Ctrl+Maiusc+P)</translation>
    </message>
    <message>
        <source>Complaint (Ctrl+Shift+K)</source>
        <translation>Reclamo (Ctrl+Maiusc+K)</translation>
    </message>
    <message>
        <source>Bill received (Ctrl+Shift+R)</source>
        <translation>Bolletta ricevuta (Ctrl+Maiusc+R)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Bills (%1)</source>
        <translation>Bollette (%1)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Piani</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Calls and notes</source>
        <translation>Chiamate e note</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclami</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Sondaggi</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Customer code: %1</source>
        <translation>Codice cliente: %1</translation>
    </message>
    <message>
        <source>Tax code: %1</source>
        <translation>Codice fiscale: %1</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>Partita IVA: %1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Nato/a il: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Lingua: %1</translation>
    </message>
    <message>
        <source>Vulnerability: %1 (handle with care; no formal notice without review)</source>
        <translation>Vulnerabilità: %1 (gestire con cura; nessuna messa in mora senza revisione)</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>Sospeso: %1</translation>
    </message>
    <message>
        <source>Interlocutor: %1</source>
        <translation>Interlocutore: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> dal %1</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Residuo: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Scaduto: %1</translation>
    </message>
    <message numerus="yes">
        <source>Oldest unpaid due %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Insoluto più vecchio scaduto il %1 (%n giorno fa)</numerusform>
            <numerusform>Insoluto più vecchio scaduto il %1 (%n giorni fa)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next bill due %1</source>
        <translation>Prossima bolletta in scadenza il %1</translation>
    </message>
    <message>
        <source>Credit on account: %1</source>
        <translation>Credito in conto: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificato</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON verificato</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opposizione</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificato</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Opposizione</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>Interlocutor</source>
        <translation>Interlocutore</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>%1 of %2 installments paid</source>
        <translation>%1 di %2 rate pagate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emozione</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bollette</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
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
        <translation>Commento</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Bill received</source>
        <translation>Bolletta ricevuta</translation>
    </message>
    <message>
        <source>Select in the list the bill the debtor confirms receiving.</source>
        <translation>Seleziona nell&apos;elenco la bolletta che il debitore conferma di aver ricevuto.</translation>
    </message>
    <message>
        <source>New plan (Ctrl+Shift+N)</source>
        <translation>Nuovo piano (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuovo piano</translation>
    </message>
    <message>
        <source>Plan active. Letter: %1</source>
        <translation>Piano attivo. Lettera: %1</translation>
    </message>
    <message>
        <source>a complaint about the bills is open</source>
        <translation>è aperto un reclamo sulle bollette</translation>
    </message>
    <message>
        <source>Message (Ctrl+Shift+M)</source>
        <translation>Messaggio (Ctrl+Maiusc+M)</translation>
    </message>
    <message>
        <source>Forwarded to the client</source>
        <translation>Inoltrato al committente</translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation>Risolto…</translation>
    </message>
    <message>
        <source>Call scripts</source>
        <translation>Script di chiamata</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>Cannot be sent: %1.</source>
        <translation>Non può essere inviato: %1.</translation>
    </message>
    <message>
        <source>Select a complaint in the list.</source>
        <translation>Seleziona un reclamo nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Record that the debtor received bill %1 (due %2, %3)?</source>
        <translation>Registrare che il debitore ha ricevuto la bolletta %1 (scadenza %2, %3)?</translation>
    </message>
    <message>
        <source>Bill %1 recorded as received.</source>
        <translation>Bolletta %1 registrata come ricevuta.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has a repayment plan of %2 (%n installment(s)). A new plan replaces it: the current one is closed as renegotiated when the new one takes effect (at once, or when the team lead approves it). Prepare a new plan?</source>
        <translation>
            <numerusform>%1 ha già un piano di rientro di %2 (%n rata). Un nuovo piano lo sostituisce: quello in corso viene chiuso come rinegoziato quando il nuovo entra in vigore (subito, o quando il capo team lo approva). Preparare un nuovo piano?</numerusform>
            <numerusform>%1 ha già un piano di rientro di %2 (%n rate). Un nuovo piano lo sostituisce: quello in corso viene chiuso come rinegoziato quando il nuovo entra in vigore (subito, o quando il capo team lo approva). Preparare un nuovo piano?</numerusform>
        </translation>
    </message>
    <message>
        <source>Call with %1 saved.</source>
        <translation>Chiamata con %1 salvata.</translation>
    </message>
    <message>
        <source>Callback on %1.</source>
        <translation>Richiamata il %1.</translation>
    </message>
    <message>
        <source>Promise to pay %1 by %2.</source>
        <translation>Promessa di pagamento di %1 entro il %2.</translation>
    </message>
    <message>
        <source>Payment recorded: %1 now owes %2.</source>
        <translation>Pagamento registrato: %1 ora deve %2.</translation>
    </message>
    <message>
        <source>Complaint recorded: reminders for its bills wait until it is resolved.</source>
        <translation>Reclamo registrato: i solleciti per le sue bollette attendono la sua risoluzione.</translation>
    </message>
    <message>
        <source>Data held…</source>
        <translation>Dati trattati…</translation>
    </message>
    <message>
        <source>Access request: write everything held about this debtor as a PDF to read and a JSON file</source>
        <translation>Richiesta di accesso: scrive tutto ciò che è trattato su questo debitore in un PDF da leggere e in un file JSON</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Richiesta di accesso</translation>
    </message>
    <message>
        <source>Write everything Ascolto holds about %1 (registry data, bills, payments, calls and notes, plans, complaints, surveys and the operations on them) as a PDF and a JSON file? The request is recorded.</source>
        <translation>Scrivere tutto ciò che Ascolto tratta su %1 (anagrafica, bollette, pagamenti, chiamate e note, piani, reclami, sondaggi e le operazioni su di essi) in un PDF e in un file JSON? La richiesta viene registrata.</translation>
    </message>
    <message>
        <source>Data held about %1 written to %2</source>
        <translation>Dati trattati su %1 scritti in %2</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Approva il piano</translation>
    </message>
    <message>
        <source>Reject the plan…</source>
        <translation>Respingi il piano…</translation>
    </message>
    <message>
        <source>Approve the plan proposed for %1? The operator who proposed it is told, to confirm it to the debtor.</source>
        <translation>Approvare il piano proposto per %1? L&apos;operatore che lo ha proposto viene avvisato, per confermarlo al debitore.</translation>
    </message>
    <message>
        <source>Reject the plan</source>
        <translation>Respingi il piano</translation>
    </message>
    <message>
        <source>Plan of %1 rejected.</source>
        <translation>Piano di %1 respinto.</translation>
    </message>
    <message>
        <source>Plan waiting for the team lead&apos;s approval: the letter to the debtor is written once it is approved.</source>
        <translation>Piano in attesa dell&apos;approvazione del capo team: la lettera al debitore viene scritta quando è approvato.</translation>
    </message>
    <message>
        <source>Plan of %1 approved. Letter: %2</source>
        <translation>Piano di %1 approvato. Lettera: %2</translation>
    </message>
    <message>
        <source>Handover note: %1</source>
        <translation>Nota di passaggio: %1</translation>
    </message>
    <message>
        <source>Correct details…</source>
        <translation>Correggi dati…</translation>
    </message>
    <message>
        <source>Rectification: correct the name, tax code, birth date, language or postal address the debtor says are wrong</source>
        <translation>Rettifica: correggere nome, codice fiscale, data di nascita, lingua o indirizzo che il debitore segnala come errati</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>Correggi dati</translation>
    </message>
    <message>
        <source>Nothing to correct for %1.</source>
        <translation>Nulla da correggere per %1.</translation>
    </message>
    <message numerus="yes">
        <source>Details of %1 corrected (%n field(s)).</source>
        <translation>
            <numerusform>Dati di %1 corretti (%n campo).</numerusform>
            <numerusform>Dati di %1 corretti (%n campi).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ascolto::DebtorDetailsDialog</name>
    <message>
        <source>Correct the details of %1</source>
        <translation>Correggi i dati di %1</translation>
    </message>
    <message>
        <source>Correct what the debtor says is wrong. The change is recorded (who, when, which fields) and reaches the other offices.</source>
        <translation>Correggere ciò che il debitore segnala come errato. La modifica è registrata (chi, quando, quali campi) e raggiunge le altre sedi.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Tax code (codice fiscale)</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postal code (CAP)</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
</context>
<context>
    <name>ascolto::EvaluationDialog</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>non applicabile</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Presa visione</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Contesta…</translation>
    </message>
    <message>
        <source>Answer the dispute</source>
        <translation>Rispondi alla contestazione</translation>
    </message>
    <message>
        <source>Coaching followed up</source>
        <translation>Coaching verificato</translation>
    </message>
    <message>
        <source>Evaluation acknowledged.</source>
        <translation>Presa visione della valutazione registrata.</translation>
    </message>
    <message>
        <source>Evaluation disputed: the team lead will answer.</source>
        <translation>Valutazione contestata: il capo team risponderà.</translation>
    </message>
    <message>
        <source>Dispute answered: the operator reads it in Evaluations.</source>
        <translation>Contestazione risposta: l&apos;operatore la legge in Valutazioni.</translation>
    </message>
    <message>
        <source>Coaching marked as followed up.</source>
        <translation>Coaching segnato come verificato.</translation>
    </message>
    <message>
        <source>Coaching reopened.</source>
        <translation>Coaching riaperto.</translation>
    </message>
    <message>
        <source>Evaluation of the call with %1</source>
        <translation>Valutazione della chiamata con %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: call with %2 on %3, scored &lt;b&gt;%4&lt;/b&gt; / 100 by %5 (scorecard version %6) — %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: chiamata con %2 del %3, punteggio &lt;b&gt;%4&lt;/b&gt; / 100 da %5 (scheda versione %6) — %7</translation>
    </message>
    <message>
        <source> (fatal)</source>
        <translation> (bloccante)</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commento:</translation>
    </message>
    <message>
        <source>Skill to work on:</source>
        <translation>Competenza da sviluppare:</translation>
    </message>
    <message>
        <source>Coaching:</source>
        <translation>Coaching:</translation>
    </message>
    <message>
        <source>Follow-up on:</source>
        <translation>Verifica il:</translation>
    </message>
    <message>
        <source>The operator&apos;s comment:</source>
        <translation>Il commento dell&apos;operatore:</translation>
    </message>
    <message>
        <source>The team lead&apos;s answer:</source>
        <translation>La risposta del capo team:</translation>
    </message>
    <message>
        <source>Your answer to the operator</source>
        <translation>La tua risposta all&apos;operatore</translation>
    </message>
    <message>
        <source>What you dispute, item by item (needed to dispute; optional to acknowledge)</source>
        <translation>Che cosa contesti, voce per voce (necessario per contestare; facoltativo per la presa visione)</translation>
    </message>
</context>
<context>
    <name>ascolto::EvaluationListModel</name>
    <message>
        <source>to acknowledge</source>
        <translation>da vedere</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>disputed, waiting for an answer</source>
        <translation>contestata, in attesa di risposta</translation>
    </message>
    <message>
        <source>dispute answered</source>
        <translation>contestazione risposta</translation>
    </message>
    <message>
        <source>0 (fatal)</source>
        <translation>0 (bloccante)</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, fatto</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Coaching follow-up</source>
        <translation>Verifica del coaching</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Valutata da</translation>
    </message>
</context>
<context>
    <name>ascolto::EvaluationsView</name>
    <message numerus="yes">
        <source>&lt;b&gt;Evaluations of calls&lt;/b&gt; — %n evaluation(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Valutazioni delle chiamate&lt;/b&gt; — %n valutazione</numerusform>
            <numerusform>&lt;b&gt;Valutazioni delle chiamate&lt;/b&gt; — %n valutazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) to answer</source>
        <translation>
            <numerusform>%n contestazione a cui rispondere</numerusform>
            <numerusform>%n contestazioni a cui rispondere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to acknowledge or dispute</source>
        <translation>
            <numerusform>%n da vedere o contestare</numerusform>
            <numerusform>%n da vedere o contestare</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click opens the evaluation</source>
        <translation>Invio o doppio clic apre la valutazione</translation>
    </message>
</context>
<context>
    <name>ascolto::ExportScheduler</name>
    <message>
        <source>off (no export folder configured)</source>
        <translation>disattivata (nessuna cartella di esportazione configurata)</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>non riuscita alle %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n change(s), into %2</source>
        <translation>
            <numerusform>%1, %n modifica, in %2</numerusform>
            <numerusform>%1, %n modifiche, in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>failed at %1: %2 (nothing is lost: the next export catches up)</source>
        <translation>non riuscita alle %1: %2 (nulla è perso: la prossima esportazione recupera)</translation>
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
    <name>ascolto::HubScheduler</name>
    <message>
        <source>hub: failed at %1: %2</source>
        <translation>hub: non riuscito alle %1: %2</translation>
    </message>
    <message>
        <source>hub unreachable at %1: %2 (the work stays here and goes by the export folder&apos;s files meanwhile)</source>
        <translation>hub non raggiungibile alle %1: %2 (il lavoro resta qui e intanto parte con i file della cartella di esportazione)</translation>
    </message>
    <message numerus="yes">
        <source>hub: %1, %n row(s) sent</source>
        <translation>
            <numerusform>hub: %1, %n riga inviata</numerusform>
            <numerusform>hub: %1, %n righe inviate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received</source>
        <translation>
            <numerusform>, %n ricevuta</numerusform>
            <numerusform>, %n ricevute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ascolto::IdleLock</name>
    <message>
        <source>Ascolto is locked</source>
        <translation>Ascolto è bloccato</translation>
    </message>
    <message numerus="yes">
        <source>The window was locked after %n minute(s) without activity. Type the password of %1 to go on: everything you were doing, a call included, is as you left it.</source>
        <translation>
            <numerusform>La finestra è stata bloccata dopo %n minuto senza attività. Digita la password di %1 per continuare: tutto quello che stavi facendo, chiamata compresa, è come l&apos;hai lasciato.</numerusform>
            <numerusform>La finestra è stata bloccata dopo %n minuti senza attività. Digita la password di %1 per continuare: tutto quello che stavi facendo, chiamata compresa, è come l&apos;hai lasciato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Quit Ascolto</source>
        <translation>Esci da Ascolto</translation>
    </message>
</context>
<context>
    <name>ascolto::ImportWizard</name>
    <message>
        <source>The client&apos;s file</source>
        <translation>Il file del committente</translation>
    </message>
    <message>
        <source>Debtors, bills or payments as the client sends them: CSV separated by &apos;;&apos; or &apos;,&apos;, in UTF-8 or Windows-1252.</source>
        <translation>Debitori, bollette o pagamenti come li invia il committente: CSV separato da &apos;;&apos; o &apos;,&apos;, in UTF-8 o Windows-1252.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Committente:</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>C&amp;ontenuto:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Check which column holds each field. Fields in bold are required. The choice is remembered for this client.</source>
        <translation>Controlla quale colonna contiene ciascun campo. I campi in grassetto sono obbligatori. La scelta viene ricordata per questo committente.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;Amounts:</source>
        <translation>&amp;Importi:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>When rows are rejected:</source>
        <translation>Se alcune righe vengono scartate:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Sfoglia...</translation>
    </message>
    <message>
        <source>Import &amp;nothing (all or nothing)</source>
        <translation>Non importare &amp;nulla (tutto o niente)</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows, report the others</source>
        <translation>Importa le righe &amp;valide, segnala le altre</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Interrompi importazione</translation>
    </message>
    <message>
        <source>Import a client file</source>
        <translation>Importa un file del committente</translation>
    </message>
    <message>
        <source>Debtors, with contacts and supplies</source>
        <translation>Debitori, con recapiti e forniture</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bollette</translation>
    </message>
    <message>
        <source>Payments and remittances</source>
        <translation>Pagamenti e rimesse</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>Percorso del file CSV</translation>
    </message>
    <message>
        <source>Recognise (1.234,56 or 1234.56)</source>
        <translation>Riconosci (1.234,56 o 1234.56)</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translation>Virgola decimale (1.234,56)</translation>
    </message>
    <message>
        <source>Decimal point (1,234.56)</source>
        <translation>Punto decimale (1,234.56)</translation>
    </message>
    <message>
        <source>Recognise (31/12/2026 or 2026-12-31)</source>
        <translation>Riconosci (31/12/2026 o 2026-12-31)</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/2026)</source>
        <translation>Giorno/mese/anno (31/12/2026)</translation>
    </message>
    <message>
        <source>ISO (2026-12-31)</source>
        <translation>ISO (2026-12-31)</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>File del committente</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, separator &apos;%3&apos;; the first %n row(s).</source>
        <translation>
            <numerusform>%1: %2, separatore &apos;%3&apos;; la prima riga.</numerusform>
            <numerusform>%1: %2, separatore &apos;%3&apos;; le prime %n righe.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(non presente nel file)</translation>
    </message>
    <message>
        <source>Reading and checking the rows...</source>
        <translation>Lettura e controllo delle righe...</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>riga %1, %2: %3</translation>
    </message>
    <message>
        <source>Read %1 of %2 kB...</source>
        <translation>Letti %1 di %2 kB...</translation>
    </message>
    <message>
        <source>Stopping: the store stays as it was...</source>
        <translation>Interruzione: l&apos;archivio resta com&apos;era...</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Completata.</translation>
    </message>
    <message>
        <source>The import did not take place.</source>
        <translation>L&apos;importazione non è avvenuta.</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>intera riga</translation>
    </message>
    <message>
        <source>Every column of the file is imported.</source>
        <translation>Ogni colonna del file viene importata.</translation>
    </message>
    <message>
        <source>Not imported (no field chosen for them): %1</source>
        <translation>Non importate (nessun campo scelto): %1</translation>
    </message>
    <message>
        <source>line %1, %2: %3 (warning: imported without this value)</source>
        <translation>riga %1, %2: %3 (avviso: importato senza questo valore)</translation>
    </message>
</context>
<context>
    <name>ascolto::InvoiceListModel</name>
    <message>
        <source>paid</source>
        <translation>pagato</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>certified e-mail</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <source>post</source>
        <translation>posta</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confermata</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>non confermata</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bolletta</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emessa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Da pagare</translation>
    </message>
    <message>
        <source>PagoPA notice</source>
        <translation>Codice avviso PagoPA</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Inviata per</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ricevimento</translation>
    </message>
</context>
<context>
    <name>ascolto::KpiStrip</name>
    <message>
        <source>Outstanding</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>Days sales outstanding: what is still to be collected, divided by what was billed in the last 90 days, times 90. Billed in the last 90 days: %1.</source>
        <translation>Giorni medi di incasso (DSO): quanto resta da incassare diviso quanto fatturato negli ultimi 90 giorni, per 90. Fatturato negli ultimi 90 giorni: %1.</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>Incassato nel mese</translation>
    </message>
    <message>
        <source>Promises due today</source>
        <translation>Promesse in scadenza oggi</translation>
    </message>
    <message>
        <source>Installments due this week</source>
        <translation>Rate in scadenza questa settimana</translation>
    </message>
    <message>
        <source>Caring calls pending</source>
        <translation>Chiamate di caring da fare</translation>
    </message>
    <message numerus="yes">
        <source>CSAT: share of 4-5 answers out of 5. CES: average ease, 1-7 (7 = very easy). NPS: promoters (9-10) minus detractors (0-6), in percent. Surveys: %n.</source>
        <translation>
            <numerusform>CSAT: quota di risposte 4-5 su 5. CES: facilità media, 1-7 (7 = molto facile). NPS: promotori (9-10) meno detrattori (0-6), in percentuale. Questionari: %n.</numerusform>
            <numerusform>CSAT: quota di risposte 4-5 su 5. CES: facilità media, 1-7 (7 = molto facile). NPS: promotori (9-10) meno detrattori (0-6), in percentuale. Questionari: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT · CES · NPS, 90 days</source>
        <translation>CSAT · CES · NPS, 90 giorni</translation>
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
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafoglio</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not saved last time reopened with everything typed in them.</source>
        <translation>
            <numerusform>%n chiamata non salvata l&apos;ultima volta è stata riaperta con tutto ciò che era stato scritto.</numerusform>
            <numerusform>%n chiamate non salvate l&apos;ultima volta sono state riaperte con tutto ciò che era stato scritto.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export now</source>
        <translation>&amp;Esporta ora</translation>
    </message>
    <message>
        <source>Write the sync bundle and the activity CSV to the export folder now</source>
        <translation>Scrive ora il pacchetto di sincronizzazione e il CSV delle attività nella cartella di esportazione</translation>
    </message>
    <message>
        <source>&amp;Import client file...</source>
        <translation>&amp;Importa file del committente...</translation>
    </message>
    <message>
        <source>Debtors, bills or payments from the client&apos;s CSV files</source>
        <translation>Debitori, bollette o pagamenti dai file CSV del committente</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts...</source>
        <translation>&amp;Conflitti di sincronizzazione...</translation>
    </message>
    <message>
        <source>Rows both offices changed while apart, and what was overwritten</source>
        <translation>Dati modificati da entrambe le sedi mentre erano scollegate, e cosa è stato sovrascritto</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) to review: File &gt; Sync conflicts.</source>
        <translation>
            <numerusform>%n conflitto di sincronizzazione da rivedere: File &gt; Conflitti di sincronizzazione.</numerusform>
            <numerusform>%n conflitti di sincronizzazione da rivedere: File &gt; Conflitti di sincronizzazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Chiamata in corso</translation>
    </message>
    <message>
        <source>The call with %1 is not saved. Leave it anyway? Everything typed in it is kept and comes back when the card is opened again.</source>
        <translation>La chiamata con %1 non è salvata. Uscire comunque? Tutto ciò che hai scritto resta e ricompare quando riapri la scheda.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Passa ad altri</translation>
    </message>
    <message>
        <source>Choose debtors of one client: each client has its own operators.</source>
        <translation>Scegli debitori di un solo committente: ogni committente ha i suoi operatori.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Squadra</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Score the call</source>
        <translation>Valuta la chiamata</translation>
    </message>
    <message>
        <source>Evaluation saved: the operator reads it in Evaluations.</source>
        <translation>Valutazione salvata: l&apos;operatore la legge in Valutazioni.</translation>
    </message>
    <message>
        <source>Evaluations (%1)</source>
        <translation>Valutazioni (%1)</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Approvazioni (%1)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvazioni</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>ascolto::MessageDialog</name>
    <message>
        <source>Payment-education message - %1</source>
        <translation>Messaggio di educazione al pagamento - %1</translation>
    </message>
    <message>
        <source>Copy and record</source>
        <translation>Copia e registra</translation>
    </message>
    <message>
        <source>Write to outbox and record</source>
        <translation>Scrivi in uscita e registra</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Messaggio:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canale:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Testo:</translation>
    </message>
    <message>
        <source>%1 - not usable: %2</source>
        <translation>%1 - non utilizzabile: %2</translation>
    </message>
    <message>
        <source>(no contact for this channel)</source>
        <translation>(nessun contatto per questo canale)</translation>
    </message>
    <message>
        <source>Cannot be sent: %1.</source>
        <translation>Non può essere inviato: %1.</translation>
    </message>
    <message>
        <source>Copied to the clipboard and recorded.</source>
        <translation>Copiato negli appunti e registrato.</translation>
    </message>
    <message>
        <source>Written to %1 and recorded.</source>
        <translation>Scritto in %1 e registrato.</translation>
    </message>
    <message>
        <source>Not offered: %1</source>
        <translation>Non proposto: %1</translation>
    </message>
</context>
<context>
    <name>ascolto::NegotiationDialog</name>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 non può essere negativo</translation>
    </message>
    <message>
        <source>amount or percentage, e.g. 10%</source>
        <translation>importo o percentuale, es. 10%</translation>
    </message>
    <message>
        <source>Number of installments</source>
        <translation>Numero di rate</translation>
    </message>
    <message>
        <source>Amount of each installment</source>
        <translation>Importo di ogni rata</translation>
    </message>
    <message>
        <source>Repayment plan - %1</source>
        <translation>Piano di rientro - %1</translation>
    </message>
    <message>
        <source>%1, due %2: %3</source>
        <translation>%1, scadenza %2: %3</translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation>Piano di rientro</translation>
    </message>
    <message>
        <source>Settlement, single payment</source>
        <translation>Saldo e stralcio, pagamento unico</translation>
    </message>
    <message>
        <source>Settlement in installments</source>
        <translation>Saldo e stralcio a rate</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensile</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>ogni due settimane</translation>
    </message>
    <message>
        <source>Why go ahead although the household cannot afford it</source>
        <translation>Perché procedere anche se il nucleo non può sostenerlo</translation>
    </message>
    <message>
        <source>Notes of the negotiation</source>
        <translation>Note della negoziazione</translation>
    </message>
    <message>
        <source>Bills:</source>
        <translation>Bollette:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Totale:</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Proposta:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Sconto:</translation>
    </message>
    <message>
        <source>Down payment:</source>
        <translation>Acconto:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Frequenza:</translation>
    </message>
    <message>
        <source>First due date:</source>
        <translation>Prima scadenza:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Household members:</source>
        <translation>Componenti del nucleo:</translation>
    </message>
    <message>
        <source>Net monthly income:</source>
        <translation>Reddito netto mensile:</translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation>Casa:</translation>
    </message>
    <message>
        <source>Utilities:</source>
        <translation>Utenze:</translation>
    </message>
    <message>
        <source>Food:</source>
        <translation>Alimentari:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Trasporti:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Salute:</translation>
    </message>
    <message>
        <source>Other debts:</source>
        <translation>Altri debiti:</translation>
    </message>
    <message>
        <source>What the household can afford</source>
        <translation>Quanto può sostenere il nucleo familiare</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Piano delle scadenze:</translation>
    </message>
    <message>
        <source>Confirm plan</source>
        <translation>Conferma il piano</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Acconto</translation>
    </message>
    <message>
        <source>Installment amount</source>
        <translation>Importo della rata</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Reddito</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Spese</translation>
    </message>
    <message>
        <source>Tick the bills the plan covers.</source>
        <translation>Spunta le bollette coperte dal piano.</translation>
    </message>
    <message>
        <source>down payment</source>
        <translation>acconto</translation>
    </message>
    <message>
        <source> (moved from %1)</source>
        <translation> (spostata dal %1)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totale</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>termina il %1</translation>
    </message>
    <message numerus="yes">
        <source>Disposable income %1 after essential expenses; protected minimum for %n person(s) %2; the household can pay up to %3 a month. This plan asks %4 a month%5.</source>
        <translation>
            <numerusform>Reddito disponibile %1 dopo le spese essenziali; minimo protetto per %n persona %2; il nucleo può pagare fino a %3 al mese. Questo piano chiede %4 al mese%5.</numerusform>
            <numerusform>Reddito disponibile %1 dopo le spese essenziali; minimo protetto per %n persone %2; il nucleo può pagare fino a %3 al mese. Questo piano chiede %4 al mese%5.</numerusform>
        </translation>
    </message>
    <message>
        <source>: NOT affordable</source>
        <translation>: NON sostenibile</translation>
    </message>
    <message>
        <source>Fill in the household&apos;s income and expenses to check what it can afford.</source>
        <translation>Inserisci reddito e spese del nucleo per verificare quanto può sostenere.</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Non possibile: %1</translation>
    </message>
    <message>
        <source>Waits for approval: %1</source>
        <translation>In attesa di approvazione: %1</translation>
    </message>
    <message>
        <source>Within the client&apos;s mandate and your authority.</source>
        <translation>Entro il mandato del committente e la tua autonomia.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Feasible installments: from %1 to %2 a month.</source>
        <translation>Rate sostenibili: da %1 a %2 al mese.</translation>
    </message>
    <message>
        <source>No installment within the client&apos;s minimum (%1) is affordable: consider a settlement or a review.</source>
        <translation>Nessuna rata pari almeno al minimo del committente (%1) è sostenibile: valuta un saldo e stralcio o una revisione.</translation>
    </message>
    <message>
        <source>First due date: %1</source>
        <translation>Prima scadenza: %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuovo piano</translation>
    </message>
    <message>
        <source>Close without saving the plan? What you typed is lost.</source>
        <translation>Chiudere senza salvare il piano? Quanto hai scritto andrà perso.</translation>
    </message>
</context>
<context>
    <name>ascolto::PaymentDialog</name>
    <message>
        <source>Oldest bill first</source>
        <translation>Prima la bolletta più vecchia</translation>
    </message>
    <message>
        <source>Bills I choose</source>
        <translation>Bollette scelte da me</translation>
    </message>
    <message>
        <source>Keep any excess as a credit on account</source>
        <translation>Tieni l&apos;eventuale eccedenza come credito in conto</translation>
    </message>
    <message>
        <source>Record payment - %1</source>
        <translation>Registra pagamento - %1</translation>
    </message>
    <message>
        <source>e.g. 125,50</source>
        <translation>es. 125,50</translation>
    </message>
    <message>
        <source>%1, due %2: %3 to pay</source>
        <translation>%1, scadenza %2: %3 da pagare</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canale:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <source>Allocate to:</source>
        <translation>Imputa a:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Inserisci l&apos;importo pagato.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>L&apos;importo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>The payment date cannot be in the future.</source>
        <translation>La data del pagamento non può essere nel futuro.</translation>
    </message>
    <message>
        <source>Tick the bills this payment settles.</source>
        <translation>Spunta le bollette che questo pagamento salda.</translation>
    </message>
    <message>
        <source>%1 (settled)</source>
        <translation>%1 (saldata)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 di %3)</translation>
    </message>
    <message>
        <source>Settles: %1</source>
        <translation>Salda: %1</translation>
    </message>
    <message>
        <source>Credit on account: %1</source>
        <translation>Credito in conto: %1</translation>
    </message>
    <message>
        <source>Installments of the repayment plan</source>
        <translation>Rate del piano di rientro</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %1 from %2, %n installment(s) to pay</source>
        <translation>
            <numerusform>Piano di %1 dal %2, %n rata da pagare</numerusform>
            <numerusform>Piano di %1 dal %2, %n rate da pagare</numerusform>
        </translation>
    </message>
    <message>
        <source>installment %1</source>
        <translation>rata %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
</context>
<context>
    <name>ascolto::PortfolioModel</name>
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
    <message>
        <source>Aging</source>
        <translation>Anzianità</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Plan / promise</source>
        <translation>Piano / promessa</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prossima azione</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Soddisfazione</translation>
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
    <message>
        <source>More than %1 debtors match</source>
        <translation>Più di %1 debitori corrispondono</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) match</source>
        <translation>
            <numerusform>%n debitore corrisponde</numerusform>
            <numerusform>%n debitori corrispondono</numerusform>
        </translation>
    </message>
    <message>
        <source>(searching...)</source>
        <translation>(ricerca in corso...)</translation>
    </message>
    <message>
        <source>Plan active</source>
        <translation>Piano attivo</translation>
    </message>
    <message>
        <source>Plan awaiting approval</source>
        <translation>Piano in attesa di approvazione</translation>
    </message>
    <message>
        <source>Plan broken</source>
        <translation>Piano decaduto</translation>
    </message>
    <message>
        <source>Promise open</source>
        <translation>Promessa aperta</translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation>Promessa in scadenza oggi</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>Promessa non mantenuta</translation>
    </message>
    <message>
        <source>No plan or promise</source>
        <translation>Nessun piano né promessa</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Anzianità</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Plan / promise</source>
        <translation>Piano / promessa</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Bills due within</source>
        <translation>Bollette in scadenza entro</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Togli tutti i filtri</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Togli questo filtro</translation>
    </message>
    <message>
        <source>Aging %1</source>
        <translation>Anzianità %1</translation>
    </message>
    <message numerus="yes">
        <source>Bills due within %n day(s)</source>
        <translation>
            <numerusform>Bollette in scadenza entro %n giorno</numerusform>
            <numerusform>Bollette in scadenza entro %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Province %1</source>
        <translation>Provincia %1</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Operatore %1</translation>
    </message>
    <message>
        <source>Search name, customer code, tax code, phone, e-mail, bill or PagoPA number</source>
        <translation>Cerca nome, codice cliente, codice fiscale, telefono, e-mail, numero di bolletta o codice avviso PagoPA</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Passa ad altri…</translation>
    </message>
    <message>
        <source>Hand the selected debtors over to another operator, with a note for the next interlocutor</source>
        <translation>Passa i debitori selezionati a un altro operatore, con una nota per il nuovo interlocutore</translation>
    </message>
</context>
<context>
    <name>ascolto::PrivateFile</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossibile creare la cartella %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 non è una cartella.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: Ascolto does not write through links, so that a link left there cannot send the data elsewhere. Remove it or choose another name.</source>
        <translation>%1 è un collegamento simbolico: Ascolto non scrive attraverso i collegamenti, perché un collegamento lasciato lì non possa mandare i dati altrove. Rimuovilo o scegli un altro nome.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe): Ascolto writes only regular files. Choose another name.</source>
        <translation>%1 non è un file normale (una cartella, un dispositivo o una pipe): Ascolto scrive solo file normali. Scegli un altro nome.</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>Impossibile rendere %1 privato: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 esiste già.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossibile creare %1: %2</translation>
    </message>
</context>
<context>
    <name>ascolto::ReassignDialog</name>
    <message numerus="yes">
        <source>The %n selected debtor(s)</source>
        <translation>
            <numerusform>Il debitore selezionato</numerusform>
            <numerusform>I %n debitori selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>Every debtor of %1 (an absence, a departure)</source>
        <translation>Tutti i debitori di %1 (un&apos;assenza, un&apos;uscita)</translation>
    </message>
    <message>
        <source>Hand debtors over to another operator</source>
        <translation>Passa i debitori a un altro operatore</translation>
    </message>
    <message>
        <source>What the new interlocutor needs to know before the first call: the situation, what was agreed, how the debtor prefers to be contacted.</source>
        <translation>Quello che il nuovo interlocutore deve sapere prima della prima chiamata: la situazione, quanto concordato, come il debitore preferisce essere contattato.</translation>
    </message>
    <message>
        <source>Continuity is the method: hand a debtor over only when their interlocutor cannot follow them, and tell the next one what they need to know. Open callbacks and calls follow the debtor; what was done stays with who did it.</source>
        <translation>La continuità è il metodo: passa un debitore ad altri solo quando il suo interlocutore non può seguirlo, e di&apos; al nuovo quello che deve sapere. Richiamate e chiamate aperte seguono il debitore; quanto già fatto resta a chi l&apos;ha fatto.</translation>
    </message>
    <message>
        <source>Debtors:</source>
        <translation>Debitori:</translation>
    </message>
    <message>
        <source>New interlocutor:</source>
        <translation>Nuovo interlocutore:</translation>
    </message>
    <message>
        <source>Handover note:</source>
        <translation>Nota di passaggio:</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Passa ad altri</translation>
    </message>
    <message>
        <source>The client has no other active operator to hand them to.</source>
        <translation>Il committente non ha un altro operatore attivo a cui passarli.</translation>
    </message>
    <message>
        <source>Write the handover note: the next interlocutor reads it before the first call.</source>
        <translation>Scrivi la nota di passaggio: il nuovo interlocutore la legge prima della prima chiamata.</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) handed over to %1.</source>
        <translation>
            <numerusform>%n debitore passato a %1.</numerusform>
            <numerusform>%n debitori passati a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ascolto::RejectPlanDialog</name>
    <message>
        <source>Why is the plan rejected? The operator will tell the debtor and agree another one.</source>
        <translation>Perché il piano è respinto? L&apos;operatore lo dirà al debitore e ne concorderà un altro.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Respingi</translation>
    </message>
</context>
<context>
    <name>ascolto::ReportLoader</name>
    <message>
        <source>The report could not be read.</source>
        <translation>Non è stato possibile leggere il report.</translation>
    </message>
</context>
<context>
    <name>ascolto::ReportsView</name>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Cartella per i file CSV</translation>
    </message>
    <message>
        <source>Reports as PDF</source>
        <translation>Report in PDF</translation>
    </message>
    <message>
        <source>reports.pdf</source>
        <translation>report.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Client&apos;s periodic report</source>
        <translation>Rapporto periodico per il committente</translation>
    </message>
    <message>
        <source>periodic-report.pdf</source>
        <translation>rapporto-periodico.pdf</translation>
    </message>
    <message>
        <source>Type the first and the last day of the period.</source>
        <translation>Scriva il primo e l&apos;ultimo giorno del periodo.</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>Lettura dei report…</translation>
    </message>
    <message>
        <source>Comments to quote in the client&apos;s report</source>
        <translation>Commenti da citare nel rapporto al committente</translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation>Scelga prima un report.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report scritto in %1.</translation>
    </message>
    <message>
        <source>Show the reports first.</source>
        <translation>Mostri prima i report.</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>Reports written to %1.</source>
        <translation>Report scritti in %1.</translation>
    </message>
    <message>
        <source>The client&apos;s report covers the whole client: choose every operator.</source>
        <translation>Il rapporto al committente riguarda tutto il committente: scelga tutti gli operatori.</translation>
    </message>
    <message>
        <source>Periodic report: %1</source>
        <translation>Rapporto periodico: %1</translation>
    </message>
    <message>
        <source>The client&apos;s report was written to %1, its figures to %2.</source>
        <translation>Il rapporto al committente è stato scritto in %1, i suoi dati in %2.</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Tutti gli operatori</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Export this report (CSV)…</source>
        <translation>Esporta questo report (CSV)…</translation>
    </message>
    <message>
        <source>Export all reports (PDF)…</source>
        <translation>Esporta tutti i report (PDF)…</translation>
    </message>
    <message>
        <source>Client&apos;s periodic report…</source>
        <translation>Rapporto periodico per il committente…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primo giorno del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Ultimo giorno del periodo</translation>
    </message>
    <message>
        <source>Tick the comments to quote, in the debtors&apos; own words, in the client&apos;s periodic report.</source>
        <translation>Spunti i commenti da citare, con le parole dei debitori, nel rapporto periodico al committente.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
</context>
<context>
    <name>ascolto::ResolveComplaintDialog</name>
    <message>
        <source>Complaint resolved</source>
        <translation>Reclamo risolto</translation>
    </message>
    <message>
        <source>How the client resolved it (e.g. bill corrected)</source>
        <translation>Come lo ha risolto il committente (es. bolletta rettificata)</translation>
    </message>
    <message>
        <source>When no complaint of the debtor stays open, the bills leave dispute hold and reminders resume.</source>
        <translation>Quando nessun reclamo del debitore resta aperto, le bollette escono dalla sospensione e i solleciti riprendono.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ascolto::SetupChecklist</name>
    <message>
        <source>Set-up checklist</source>
        <translation>Lista di avvio</translation>
    </message>
    <message>
        <source>From an empty store to operators working a client&apos;s portfolio: each step opens its screen and says how far it is.</source>
        <translation>Da un archivio vuoto agli operatori al lavoro sul portafoglio di un committente: ogni passo apre la sua schermata e dice a che punto è.</translation>
    </message>
    <message>
        <source>1. Client</source>
        <translation>1. Committente</translation>
    </message>
    <message>
        <source>2. Users</source>
        <translation>2. Utenti</translation>
    </message>
    <message>
        <source>3. Client&apos;s files</source>
        <translation>3. File del committente</translation>
    </message>
    <message>
        <source>4. Assignment</source>
        <translation>4. Assegnazione</translation>
    </message>
    <message>
        <source>Clients...</source>
        <translation>Committenti...</translation>
    </message>
    <message>
        <source>Users...</source>
        <translation>Utenti...</translation>
    </message>
    <message>
        <source>Import a file...</source>
        <translation>Importa un file...</translation>
    </message>
    <message>
        <source>Assign now</source>
        <translation>Assegna ora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) set up</source>
        <translation>
            <numerusform>%n committente configurato</numerusform>
            <numerusform>%n committenti configurati</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the client with its mandate rules</source>
        <translation>Crea il committente con le regole del mandato</translation>
    </message>
    <message>
        <source>at least one of each is needed</source>
        <translation>serve almeno uno per tipo</translation>
    </message>
    <message>
        <source>%1 debtors, %2 bills imported</source>
        <translation>%1 debitori, %2 bollette importati</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) without an operator</source>
        <translation>
            <numerusform>%n debitore senza operatore</numerusform>
            <numerusform>%n debitori senza operatore</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the debtors first</source>
        <translation>Importa prima i debitori</translation>
    </message>
    <message numerus="yes">
        <source>%n operator(s)</source>
        <translation>
            <numerusform>%n operatore</numerusform>
            <numerusform>%n operatori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team lead(s)</source>
        <translation>
            <numerusform>%n capo team</numerusform>
            <numerusform>%n capi team</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ascolto::SubjectAccess</name>
    <message>
        <source>This debtor is not in your portfolio: ask your team lead.</source>
        <translation>Questo debitore non è nel tuo portafoglio: chiedi al tuo capo team.</translation>
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
            <numerusform>Calcolato su %n fatto.</numerusform>
            <numerusform>Calcolato su %n fatti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team: every operator&apos;s facts together.</source>
        <translation>La squadra: i fatti di tutti gli operatori insieme.</translation>
    </message>
    <message>
        <source>Double-click for the calls behind it.</source>
        <translation>Doppio clic per le chiamate che lo compongono.</translation>
    </message>
    <message>
        <source>Double-click for the debtors behind it.</source>
        <translation>Doppio clic per i debitori che lo compongono.</translation>
    </message>
    <message>
        <source>The team board could not be read.</source>
        <translation>Non è stato possibile leggere il cruscotto della squadra.</translation>
    </message>
</context>
<context>
    <name>ascolto::TeamBoardView</name>
    <message>
        <source>&lt;b&gt;Team board&lt;/b&gt; — %1, %2 to %3</source>
        <translation>&lt;b&gt;Cruscotto della squadra&lt;/b&gt; — %1, dal %2 al %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Double-click an operator&apos;s figure for the debtors or calls behind it; hover a row&apos;s name for its definition.</source>
        <translation>Doppio clic sul dato di un operatore per i debitori o le chiamate che lo compongono; il nome di una riga ne mostra la definizione.</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>Absences and backups…</source>
        <translation>Assenze e sostituti…</translation>
    </message>
    <message>
        <source>Who is away, and which colleague covers their debtors meanwhile</source>
        <translation>Chi è assente, e quale collega ne segue i debitori nel frattempo</translation>
    </message>
    <message>
        <source>reading the figures…</source>
        <translation>lettura dei dati…</translation>
    </message>
</context>
<context>
    <name>ascolto::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Committente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Riattiva</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reimposta password</translation>
    </message>
    <message>
        <source>Sets the password typed below as a temporary one: the user must choose a new one at the next login.</source>
        <translation>Imposta come temporanea la password scritta sotto: l&apos;utente dovrà sceglierne una nuova al prossimo accesso.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ripeti la password</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Aggiungi utente</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 aggiunto come %2.</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Seleziona prima un utente.</translation>
    </message>
    <message>
        <source>The user will not be able to log in; their history keeps their name. Go ahead?</source>
        <translation>L&apos;utente non potrà più accedere; lo storico conserva il suo nome. Procedere?</translation>
    </message>
    <message>
        <source>User reactivated.</source>
        <translation>Utente riattivato.</translation>
    </message>
    <message>
        <source>User deactivated.</source>
        <translation>Utente disattivato.</translation>
    </message>
    <message>
        <source>Temporary password set: the user chooses a new one at the next login.</source>
        <translation>Password temporanea impostata: l&apos;utente ne sceglierà una nuova al prossimo accesso.</translation>
    </message>
</context>
<context>
    <name>ascolto::VulnerabilityDialog</name>
    <message>
        <source>Vulnerability disclosed</source>
        <translation>Vulnerabilità dichiarata</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>How it affects the payments, who helps them</source>
        <translation>Come incide sui pagamenti, chi lo aiuta</translation>
    </message>
    <message>
        <source>The debtor explicitly agrees that this is recorded</source>
        <translation>Il debitore acconsente esplicitamente alla registrazione</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registra</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situazione</translation>
    </message>
    <message>
        <source>Impact and support</source>
        <translation>Impatto e sostegno</translation>
    </message>
</context>
<context>
    <name>ascolto::WorkQueueModel</name>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloccato: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <source>Why today</source>
        <translation>Perché oggi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Can call now?</source>
        <translation>Si può chiamare ora?</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
</context>
<context>
    <name>ascolto::WorkQueueView</name>
    <message numerus="yes">
        <source>Today: %n item(s)</source>
        <translation>
            <numerusform>Oggi: %n attività</numerusform>
            <numerusform>Oggi: %n attività</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by the contact rules</source>
        <translation>
            <numerusform>%n bloccata dalle regole di contatto</numerusform>
            <numerusform>%n bloccate dalle regole di contatto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: the %n most urgent item(s); there are more, which come up as these are done</source>
        <translation>
            <numerusform>Oggi: l&apos;attività più urgente; ce ne sono altre, che arrivano man mano che si completano queste</numerusform>
            <numerusform>Oggi: le %n attività più urgenti; ce ne sono altre, che arrivano man mano che si completano queste</numerusform>
        </translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Tutti gli operatori</translation>
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
