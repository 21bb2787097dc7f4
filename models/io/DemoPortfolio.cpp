#include "DemoPortfolio.h"

#include "storage/AuditLog.h"
#include "storage/BulkLoad.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/DebtorSummaryRepository.h"
#include "storage/PasswordHasher.h"

#include "domain/CodiceFiscale.h"
#include "domain/PartitaIva.h"
#include "domain/TaskReason.h"
#include "domain/TextFold.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace ascolto {

namespace {

using BulkLoad::Statement;

// splitmix64: tiny, fast and identical on every platform, unlike std distributions.
struct Rng
{
    quint64 state;
    quint64 tick = 0; // rising prefix of generated ids
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, size_t N> const T& pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
};

const char* const kMaleNames[] = {
    "Nicolò",  "Niccolò", "Marco",   "Giuseppe", "Luca",     "Andrea",    "Francesco", "Alessandro",
    "Matteo",  "Lorenzo", "Mattia",  "Giosuè",   "Antonio",  "Salvatore", "Giovanni",  "Roberto",
    "Stefano", "Paolo",   "Davide",  "Simone",   "Federico", "Emanuele",  "Riccardo",  "Gabriele",
    "Tommaso", "Pietro",  "Michele", "Raffaele", "Carmine",  "Vincenzo",  "Domenico",  "Sergio"};
const char* const kFemaleNames[] = {
    "Giulia",   "Francesca", "Chiara", "Sara",    "Martina", "Valentina", "Alessia",  "Federica",
    "Elisa",    "Silvia",    "Anna",   "Maria",   "Rosa",    "Noemi",     "Aurora",   "Beatrice",
    "Ludovica", "Irene",     "Paola",  "Carla",   "Lucia",   "Teresa",    "Giovanna", "Antonella",
    "Rosaria",  "Concetta",  "Ilaria", "Camilla", "Greta",   "Sofia",     "Asia",     "Letizia"};
const char* const kSurnames[] = {
    "Rossi",      "Russo",      "Ferrari",    "Esposito",  "Bianchi",    "Romano",   "Colombo",
    "Ricci",      "Marino",     "Greco",      "Bruno",     "Gallo",      "Conti",    "De Luca",
    "Mancini",    "Costa",      "Giordano",   "Rizzo",     "Lombardi",   "Moretti",  "D'Angelo",
    "Dell'Acqua", "D'Amico",    "D'Agostino", "Dell'Orto", "Barbieri",   "Fontana",  "Santoro",
    "Mariani",    "Rinaldi",    "Caruso",     "Ferrara",   "Galli",      "Martini",  "Leone",
    "Longo",      "Gentile",    "Martinelli", "Vitale",    "Lombardo",   "Serra",    "Coppola",
    "De Santis",  "Marchetti",  "Parisi",     "Villa",     "Conte",      "Ferraro",  "Fabbri",
    "Bianco",     "Marini",     "Grasso",     "Valentini", "Messina",    "Sala",     "De Angelis",
    "Gatti",      "Pellegrini", "Palumbo",    "Sanna",     "Farina",     "Monti",    "Cattaneo",
    "Morelli",    "Amato",      "Silvestri",  "Mazza",     "Testa",      "Carbone",  "Giuliani",
    "Benedetti",  "Barone",     "Caputo",     "Montanari", "Guerra",     "Palmieri", "Bernardi",
    "Fiore",      "De Rosa",    "Ferretti",   "Bellini",   "Basile",     "Riva",     "Donati",
    "Piras",      "Vitali",     "Battaglia",  "Sartori",   "Neri",       "Milani",   "Cantù",
    "Bernabò",    "Pirrò",      "Mancò",      "Orlando",   "Sorrentino", "Ruggiero", "Pagano"};

struct City
{
    const char* name;
    const char* province;
    const char* postalCode;
    const char* belfiore;
};
const City kCities[] = {{"Roma", "RM", "00184", "H501"},
                        {"Milano", "MI", "20121", "F205"},
                        {"Napoli", "NA", "80133", "F839"},
                        {"Torino", "TO", "10121", "L219"},
                        {"Palermo", "PA", "90133", "G273"},
                        {"Genova", "GE", "16121", "D969"},
                        {"Bologna", "BO", "40121", "A944"},
                        {"Firenze", "FI", "50122", "D612"},
                        {"Bari", "BA", "70121", "A662"},
                        {"Catania", "CT", "95121", "C351"},
                        {"Venezia", "VE", "30121", "L736"},
                        {"Verona", "VR", "37121", "L781"},
                        {"Padova", "PD", "35121", "G224"},
                        {"Brescia", "BS", "25121", "B157"},
                        {"Parma", "PR", "43121", "G337"},
                        {"Modena", "MO", "41121", "F257"},
                        {"Perugia", "PG", "06121", "G478"},
                        {"Cagliari", "CA", "09121", "B354"},
                        {"Forlì", "FC", "47121", "D704"},
                        {"Cantù", "CO", "22063", "B639"},
                        {"L'Aquila", "AQ", "67100", "A345"},
                        {"Sant'Agnello", "NA", "80065", "I208"},
                        {"Reggio nell'Emilia", "RE", "42121", "H223"},
                        {"Lecce", "LE", "73100", "E506"}};

const char* const kStreets[] = {"Via Roma",
                                "Corso Italia",
                                "Via Dell'Annunziata",
                                "Piazza Niccolò Tommaseo",
                                "Via Garibaldi",
                                "Viale Europa",
                                "Via San Francesco d'Assisi",
                                "Via Nazionale",
                                "Via Cavour",
                                "Via Mazzini",
                                "Via Sant'Antonio",
                                "Largo Città di Forlì",
                                "Via Vittorio Veneto",
                                "Via dei Mille",
                                "Via Carducci",
                                "Via Manzoni"};

const char* const kCompanyPrefixes[] = {"Trattoria",  "Panificio", "Officina", "Bar",
                                        "Ferramenta", "Studio",    "Pizzeria", "Lavanderia"};
const char* const kCompanySuffixes[] = {"S.n.c.", "S.r.l.", "S.a.s.", "di famiglia", "S.r.l.s."};

struct Service
{
    const char* code;
    char letter;
    int minMonthly;
    int maxMonthly;
};
const Service kServices[] = {
    {"electricity", 'E', 3500, 14000}, {"gas", 'G', 2500, 16000}, {"water", 'W', 1200, 4000}};

struct Frequency
{
    const char* code;
    int months;
};
const Frequency kFrequencies[] = {
    {"monthly", 1}, {"bimonthly", 2}, {"quarterly", 3}, {"halfyearly", 6}, {"yearly", 12}};

const char* const kPayChannels[] = {"pagopa",       "bank_transfer", "online", "postal_slip",
                                    "direct_debit", "pagopa",        "online"};
const char* const kEmotions[] = {"angry", "worried", "in_difficulty", "confused",
                                 "calm",  "calm",    "evasive",       "worried"};
const char* const kReasons[] = {
    "bill_not_received", "forgot",        "temporary_shortage", "job_loss", "illness",
    "service_dispute",   "meter_dispute", "already_paid",       "forgot",   "temporary_shortage"};
const char* const kOutcomes[] = {"reached_debtor",     "promise",        "no_answer",
                                 "message_left",       "plan_requested", "reached_debtor",
                                 "callback_requested", "busy",           "paid_during_call",
                                 "reached_third_party"};
const char* const kNotes[] = {
    "Ha spiegato di aver ricevuto la bolletta in ritardo; ricordati i canali di pagamento.",
    "Momento difficile per la perdita del lavoro; valutare un piano di rientro sostenibile.",
    "Cliente calmo, conferma il pagamento entro la settimana con PagoPA.",
    "Contesta la lettura del contatore: segnalato al committente.",
    "Non conosceva la domiciliazione bancaria; inviate le istruzioni via e-mail.",
    "Richiamare dopo le 18: è al lavoro durante il giorno.",
    "Preoccupata per l'importo; rassicurata sulle soluzioni disponibili.",
    "Risponde la figlia: messaggio lasciato senza dettagli sul debito."};
const char* const kComplaintCategories[] = {"bill_not_received", "billing_error",
                                            "meter_reading",     "service_outage",
                                            "customer_service",  "other"};
const char* const kComplaintTexts[] = {
    "La bolletta non è mai arrivata all'indirizzo di fornitura.",
    "Importo fatturato doppio rispetto al consumo abituale.",
    "Lettura stimata molto superiore a quella reale del contatore.",
    "Interruzione del servizio di tre giorni non considerata in fattura.",
    "Il servizio clienti non ha mai risposto alle richieste scritte.",
    "Voltura richiesta mesi fa e non ancora registrata."};

// Time-ordered like UUIDv7 (see storage/Ids.h): a rising 48-bit prefix keeps B-tree inserts
// at the right edge of every index, which is what makes a million rows cheap to load.
std::string uuid(Rng& r)
{
    quint64 a = (++r.tick << 16) | (r.next() & 0xFFFF);
    quint64 b = r.next();
    a = (a & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000007000ULL;
    b = (b & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", unsigned(a >> 32),
                  unsigned((a >> 16) & 0xFFFF), unsigned(a & 0xFFFF), unsigned(b >> 48),
                  static_cast<unsigned long long>(b & 0xFFFFFFFFFFFFULL));
    return buf;
}

std::string u8(const QString& s)
{
    return s.toStdString();
}

struct Bill
{
    std::string id;
    std::string supplyId;
    QDate issue;
    QDate due;
    qint64 amount = 0;
    qint64 paid = 0;
    qint64 stored = 0; // paid_cents as written in the invoice row
    std::string channel;
    bool receiptConfirmed = false;
    qint64 outstanding() const { return amount - paid; }
};

class Generator
{
public:
    Generator(Database& db, const DemoPortfolio::Options& o)
        : m_db(db)
        , m_h(db.handle())
        , m_opt(o)
        , m_rng{o.seed * 0x2545F4914F6CDD1DULL + 7}
        , m_today(o.today)
        , m_device(u8(db.deviceId()))
        , m_now(u8(QDateTime(o.today, QTime(7, 0), Qt::UTC).toString(Qt::ISODate)))
    {}

    Result<DemoPortfolio::Summary> run();

private:
    const std::string& day(const QDate& d);
    std::string instant(const QDate& d, int minuteOfDay) const;
    bool fail(const Statement& st);
    bool setup();
    bool setupClient(int c);
    void useClient(size_t c);
    bool prepareStatements();
    bool debtor(int index);
    bool insertBills(const std::string& clientId, const std::string& debtorId,
                     std::vector<Bill>& bills);
    // Payments move paid amounts in memory; this writes them to the invoice rows.
    bool storePaid(std::vector<Bill>& bills);
    bool pay(const std::string& debtorId, std::vector<Bill>& bills, size_t billIndex, qint64 amount,
             const QDate& on, const std::string& installmentId);

    Database& m_db;
    sqlite3* m_h;
    DemoPortfolio::Options m_opt;
    Rng m_rng;
    QDate m_today;
    std::string m_device;
    std::string m_now;
    QString m_error;
    std::string m_clientId;
    std::vector<std::string> m_operators;
    std::vector<std::string> m_operatorNames;
    std::vector<std::string> m_dayCache;
    qint64 m_dayBase = 0;
    qint64 m_billCounter = 0;
    DemoPortfolio::Summary m_sum;

    std::string m_leadId;
    struct Client
    {
        std::string id;
        std::vector<std::string> operators, operatorNames;
        std::string leadId;
    };
    std::vector<Client> m_clients; // the current one's id, operators and lead are above
    std::string m_passwordHash;
    std::unique_ptr<Statement> m_debtor, m_contact, m_supply, m_assignment, m_invoice, m_payment,
        m_allocation, m_interaction, m_survey, m_promise, m_plan, m_planInvoice, m_installment,
        m_complaint, m_complaintInvoice, m_task, m_paidUpdate, m_hold;
};

const std::string& Generator::day(const QDate& d)
{
    const qint64 idx = d.toJulianDay() - m_dayBase;
    if (idx < 0 || idx >= qint64(m_dayCache.size())) {
        static thread_local std::string out;
        out = u8(d.toString(Qt::ISODate));
        return out;
    }
    std::string& s = m_dayCache[size_t(idx)];
    if (s.empty())
        s = u8(d.toString(Qt::ISODate));
    return s;
}

std::string Generator::instant(const QDate& d, int minuteOfDay) const
{
    // Calls happen in Italian office hours; stored as UTC (CET is UTC+1 in winter).
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:00Z", d.year(), d.month(), d.day(),
                  (minuteOfDay / 60) - 1, minuteOfDay % 60);
    return buf;
}

bool Generator::fail(const Statement& st)
{
    m_error = st.error();
    return false;
}

bool Generator::setup()
{
    m_dayBase = m_today.toJulianDay() - 3000;
    m_dayCache.resize(3800);
    for (int c = 0; c < std::max(1, m_opt.clients); ++c) {
        if (!setupClient(c))
            return false;
        m_clients.push_back({m_clientId, m_operators, m_operatorNames, m_leadId});
        m_operators.clear();
        m_operatorNames.clear();
    }
    useClient(0);
    return prepareStatements();
}

void Generator::useClient(size_t c)
{
    m_clientId = m_clients[c].id;
    m_operators = m_clients[c].operators;
    m_operatorNames = m_clients[c].operatorNames;
    m_leadId = m_clients[c].leadId;
}

bool Generator::setupClient(int c)
{
    // The first client is the demo's own; a larger firm's others (the hub's bench) are named
    // by number and have their own operators and team lead.
    const std::string number = c == 0 ? std::string() : (c < 9 ? "0" : "") + std::to_string(c + 1);
    const std::string code = u8(DemoPortfolio::clientCode()) + number;
    const std::string name =
        c == 0 ? std::string("Luce & Gas Italia S.p.A.") : "Multiservizi " + number + " S.p.A.";
    m_clientId = uuid(m_rng);
    Statement client(m_h, "INSERT INTO client(id, code, vat_number, iban, "
                          "pagopa_creditor_code, support_phone, support_email, max_installments, "
                          "min_installment_cents, max_plan_months, operator_discount_bp, "
                          "teamlead_discount_bp, protected_minimum_cents, caring_window_days, "
                          "formal_notice_days, escalation_ladder, device_id, updated_at, "
                          "monthly_fee_cents, success_fee_bp, name) "
                          "VALUES(?, ?, '01234560157', "
                          "'IT60X0542811101000000123456', '77777777777', '+39800123456', "
                          "'clienti@lucegas.example.it', 24, 2500, 24, 1000, 3000, 60000, 7, 45, "
                          "?, ?, ?, 150000, 600, ?)");
    client.text(1, m_clientId)
        .text(2, code)
        .text(6, name)
        .text(3, "[{\"stage\":\"reminder_soft\",\"days\":3},"
                 "{\"stage\":\"reminder\",\"days\":15},{\"stage\":\"reminder_firm\",\"days\":30},"
                 "{\"stage\":\"formal_notice\",\"days\":45},{\"stage\":\"review\",\"days\":90}]")
        .text(4, m_device)
        .text(5, m_now);
    if (!client.run())
        return fail(client);

    struct DemoUser
    {
        QString username;
        std::string name;
        const char* role;
    };
    const QString prefix =
        c == 0 ? QString() : QStringLiteral("c%1-").arg(QString::fromStdString(number));
    std::vector<DemoUser> users = {
        {prefix + DemoPortfolio::operatorUsername(), "Marco Bianchi", "operator"},
        {prefix + QStringLiteral("operatore2"), "Sara Conti", "operator"},
        {prefix + QStringLiteral("operatore3"), "Luca Esposito", "operator"}};
    // A larger firm's operators (the hub's bench: one workstation each).
    for (int i = 4; i <= m_opt.operators; ++i)
        users.push_back({prefix + QStringLiteral("operatore%1").arg(i),
                         "Operatore " + std::to_string(i), "operator"});
    users.push_back({prefix + DemoPortfolio::teamLeadUsername(), "Giulia Ferri", "teamlead"});
    if (c == 0)
        users.push_back({DemoPortfolio::adminUsername(), "Amministratore", "admin"});
    // One hash shared by the demo users: Argon2id is deliberately slow, and the demo users
    // all have the same documented password anyway.
    if (m_passwordHash.empty()) {
        const auto hash = PasswordHasher::hash(DemoPortfolio::password());
        if (!hash) {
            m_error = hash.error();
            return false;
        }
        m_passwordHash = u8(hash.value());
    }
    Statement user(m_h, "INSERT INTO app_user(id, username, display_name, role, client_id, "
                        "password_hash, phone, email, device_id, updated_at) "
                        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int n = 0;
    for (const DemoUser& u : users) {
        const std::string id = uuid(m_rng);
        user.text(1, id)
            .text(2, u.username)
            .text(3, u.name)
            .text(4, u.role)
            .text(5, std::string(u.role) == "admin" ? std::string() : m_clientId)
            .text(6, m_passwordHash)
            .text(7, "+39 06 1234567" + std::to_string(n))
            .text(8, u8(u.username) + "@ascolto.example.it")
            .text(9, m_device)
            .text(10, m_now);
        if (std::string(u.role) == "admin")
            user.null(5);
        if (!user.run())
            return fail(user);
        if (std::string(u.role) == "teamlead")
            m_leadId = id; // who assigned the debtors (sync checks an assignment's author)
        if (std::string(u.role) == "operator") {
            m_operators.push_back(id);
            m_operatorNames.push_back(u.name);
        }
        ++n;
    }
    m_sum.users += n;

    Statement tpl(m_h, "INSERT INTO message_template(id, client_id, code, channel, language, "
                       "title, subject, body, device_id, updated_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    struct Tpl
    {
        const char *code, *channel, *lang, *title, *subject, *body;
    };
    const Tpl templates[] = {
        {"caring", "sms", "it", "Promemoria scadenza", "",
         "Gentile {debtor}, le ricordiamo che la bolletta {invoice} di {amount} scade il {due}. "
         "Può pagare con PagoPA (codice avviso {pagopa}). {operator}, {client}"},
        {"caring", "sms", "en", "Due date reminder", "",
         "Dear {debtor}, your bill {invoice} of {amount} is due on {due}. You can pay with "
         "PagoPA (notice {pagopa}). {operator}, {client}"},
        {"education", "email", "it", "Come pagare le bollette", "I canali di pagamento",
         "Gentile {debtor},\npagare entro la scadenza evita solleciti e costi. Può usare "
         "PagoPA, bonifico (IBAN {iban}) o la domiciliazione bancaria.\nResto a disposizione,\n"
         "{operator}"},
        {"education", "email", "en", "How to pay your bills", "Payment channels",
         "Dear {debtor},\npaying by the due date avoids reminders and costs. You can use "
         "PagoPA, bank transfer (IBAN {iban}) or direct debit.\nKind regards,\n{operator}"}};
    for (const Tpl& t : templates) {
        tpl.text(1, uuid(m_rng))
            .text(2, m_clientId)
            .text(3, t.code)
            .text(4, t.channel)
            .text(5, t.lang)
            .text(6, t.title)
            .optText(7, t.subject)
            .text(8, t.body)
            .text(9, m_device)
            .text(10, m_now);
        if (!tpl.run())
            return fail(tpl);
    }

    return true;
}

bool Generator::prepareStatements()
{
    auto prep = [this](const char* sql) {
        return std::make_unique<Statement>(m_h, sql);
    };
    m_debtor = prep("INSERT INTO debtor(id, client_id, customer_code, kind, first_name, "
                    "last_name, company_name, display_name, tax_code, vat_number, birth_date, "
                    "language, address, postal_code, city, province, assigned_operator_id, "
                    "assigned_since, vulnerability, vulnerability_consent, do_not_contact, "
                    "hold_reason, device_id, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_contact = prep("INSERT INTO contact(id, debtor_id, kind, value, owner, verified, consent, "
                     "opt_out, preferred, device_id, updated_at) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_supply = prep("INSERT INTO supply(id, debtor_id, service, point_code, address, "
                    "billing_frequency, start_date, device_id, updated_at) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_assignment = prep("INSERT INTO assignment(id, debtor_id, operator_id, from_date, to_date, "
                        "reason, device_id, created_at, assigned_by) VALUES(?, ?, ?, ?, ?, ?, ?, "
                        "?, ?)");
    m_invoice = prep("INSERT INTO invoice(id, client_id, debtor_id, supply_id, number, "
                     "issue_date, due_date, amount_cents, paid_cents, pagopa_notice, "
                     "delivery_channel, receipt_confirmed, device_id, updated_at, "
                     "client_paid_cents) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?9, ?, ?, ?, ?, ?, ?9)");
    m_payment = prep("INSERT INTO payment(id, client_id, debtor_id, amount_cents, paid_on, "
                     "channel, reference, source, device_id, created_at) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, 'import', ?, ?)");
    m_allocation = prep("INSERT INTO payment_allocation(id, payment_id, invoice_id, "
                        "installment_id, amount_cents, device_id, created_at) "
                        "VALUES(?, ?, ?, ?, ?, ?, ?)");
    m_interaction = prep("INSERT INTO interaction(id, client_id, debtor_id, operator_id, "
                         "channel, purpose, started_at, duration_s, emotion, nonpayment_reason, "
                         "checklist, outcome, notes, device_id, created_at) "
                         "VALUES(?, ?, ?, ?, 'phone_out', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_survey = prep("INSERT INTO survey(id, debtor_id, interaction_id, csat, ces, nps, comment, "
                    "device_id, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_promise = prep("INSERT INTO promise(id, debtor_id, interaction_id, amount_cents, due_date, "
                     "channel, status, device_id, updated_at, created_at) "
                     "VALUES(?, ?, ?, ?, ?, 'pagopa', ?, ?, ?, ?)");
    m_plan = prep("INSERT INTO plan(id, client_id, debtor_id, kind, status, total_cents, "
                  "installment_count, frequency, first_due, created_by, approved_by, "
                  "device_id, updated_at, created_at) "
                  "VALUES(?, ?, ?, 'installments', ?, ?, ?, 'monthly', ?, ?, ?, ?, ?, ?)");
    m_planInvoice = prep("INSERT INTO plan_invoice(plan_id, invoice_id) VALUES(?, ?)");
    m_installment = prep("INSERT INTO installment(id, plan_id, seq, due_date, amount_cents, "
                         "paid_cents, status, device_id, updated_at) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_complaint = prep("INSERT INTO complaint(id, client_id, debtor_id, category, description, "
                       "status, opened_by, opened_at, forwarded_at, resolved_at, device_id, "
                       "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_complaintInvoice =
        prep("INSERT INTO complaint_invoice(complaint_id, invoice_id) VALUES(?, ?)");
    m_task = prep("INSERT INTO task(id, debtor_id, assigned_to, kind, due_at, reason_code, "
                  "reason_args, status, device_id, updated_at, created_at) VALUES(?, ?, ?, ?, ?, "
                  "?, ?, 'open', ?, ?, ?)");
    m_paidUpdate = prep("UPDATE invoice SET paid_cents = ? WHERE id = ?");
    m_hold = prep("UPDATE debtor SET hold_reason = ? WHERE id = ?");
    for (const auto* st :
         {m_paidUpdate.get(), m_hold.get(), m_debtor.get(), m_contact.get(), m_supply.get(),
          m_assignment.get(), m_invoice.get(), m_payment.get(), m_allocation.get(),
          m_interaction.get(), m_survey.get(), m_promise.get(), m_plan.get(), m_planInvoice.get(),
          m_installment.get(), m_complaint.get(), m_complaintInvoice.get(), m_task.get()}) {
        if (!st->isValid()) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_h));
            return false;
        }
    }
    return true;
}

bool Generator::pay(const std::string& debtorId, std::vector<Bill>& bills, size_t billIndex,
                    qint64 amount, const QDate& on, const std::string& installmentId)
{
    const std::string paymentId = uuid(m_rng);
    char ref[32];
    std::snprintf(ref, sizeof ref, "TRN%010llu",
                  static_cast<unsigned long long>(m_rng.next() % 10000000000ULL));
    m_payment->text(1, paymentId)
        .text(2, m_clientId)
        .text(3, debtorId)
        .integer(4, amount)
        .text(5, day(on))
        .text(6, m_rng.pick(kPayChannels))
        .text(7, ref)
        .text(8, m_device)
        .text(9, instant(on, 12 * 60));
    if (!m_payment->run())
        return fail(*m_payment);
    ++m_sum.payments;
    // Spread over the bills from billIndex on (installments cover several bills).
    qint64 left = amount;
    for (size_t i = billIndex; i < bills.size() && left > 0; ++i) {
        Bill& b = bills[i];
        const qint64 part = std::min(left, b.outstanding());
        if (part <= 0)
            continue;
        b.paid += part;
        left -= part;
        m_allocation->text(1, uuid(m_rng))
            .text(2, paymentId)
            .text(3, b.id)
            .optText(4, installmentId)
            .integer(5, part)
            .text(6, m_device)
            .text(7, instant(on, 12 * 60));
        if (!m_allocation->run())
            return fail(*m_allocation);
    }
    return true;
}

bool Generator::storePaid(std::vector<Bill>& bills)
{
    for (Bill& b : bills) {
        if (b.paid == b.stored)
            continue;
        m_paidUpdate->integer(1, b.paid).text(2, b.id);
        if (!m_paidUpdate->run())
            return fail(*m_paidUpdate);
        b.stored = b.paid;
    }
    return true;
}

bool Generator::insertBills(const std::string& clientId, const std::string& debtorId,
                            std::vector<Bill>& bills)
{
    for (Bill& b : bills) {
        b.stored = b.paid;
        ++m_billCounter;
        char number[48];
        std::snprintf(number, sizeof number, "%04d/%09lld", b.issue.year(),
                      static_cast<long long>(m_billCounter));
        // PagoPA notice, aux digit 3, segregation code 02, 13-digit IUV base, mod-93 check.
        const quint64 head = 302ULL * 10000000000000ULL + quint64(m_billCounter);
        char notice[24];
        std::snprintf(notice, sizeof notice, "%016llu%02u", static_cast<unsigned long long>(head),
                      unsigned(head % 93));
        m_invoice->text(1, b.id)
            .text(2, clientId)
            .text(3, debtorId)
            .text(4, b.supplyId)
            .text(5, number)
            .text(6, day(b.issue))
            .text(7, day(b.due))
            .integer(8, b.amount)
            .integer(9, b.paid)
            .text(10, notice)
            .text(11, b.channel)
            .integer(12, b.receiptConfirmed ? 1 : 0)
            .text(13, m_device)
            .text(14, m_now);
        if (!m_invoice->run())
            return fail(*m_invoice);
        ++m_sum.invoices;
    }
    return true;
}

bool Generator::debtor(int index)
{
    if (m_clients.size() > 1)
        useClient(size_t(index) % m_clients.size());
    Rng& r = m_rng;
    const std::string id = uuid(r);
    const City& city = r.pick(kCities);
    const bool company = r.chance(12);
    const bool female = r.chance(50);
    const char* first = female ? r.pick(kFemaleNames) : r.pick(kMaleNames);
    const char* last = r.pick(kSurnames);
    QDate birth;
    std::string taxCode, vat, display, companyName;
    if (company) {
        companyName = std::string(r.pick(kCompanyPrefixes)) + " " +
                      (r.chance(50) ? std::string("Da ") + first : std::string(last)) + " " +
                      r.pick(kCompanySuffixes);
        display = companyName;
        char digits[12];
        std::snprintf(digits, sizeof digits, "%07d%03d", r.between(1000000, 9999999),
                      r.between(1, 100));
        vat = std::string(digits) + char('0' + PartitaIva::checkDigit(QString::fromLatin1(digits)));
        taxCode = vat;
    } else {
        birth = m_today.addDays(-r.between(20 * 365, 92 * 365));
        taxCode =
            u8(CodiceFiscale::encode(QString::fromUtf8(last), QString::fromUtf8(first), birth,
                                     female ? CodiceFiscale::Sex::Female : CodiceFiscale::Sex::Male,
                                     QString::fromLatin1(city.belfiore)));
        display = std::string(last) + " " + first;
    }
    char code[16];
    std::snprintf(code, sizeof code, "C%08d", index + 1);
    const int op = r.below(int(m_operators.size()));
    const QDate since = m_today.addDays(-r.between(30, 1500));
    std::string vulnerability;
    if (!company && birth.daysTo(m_today) > 75 * 365 && r.chance(40))
        vulnerability = "age75";
    else if (r.chance(3))
        vulnerability =
            r.chance(50) ? "social_bonus" : (r.chance(50) ? "hardship" : "life_support");
    const bool dnc = r.chance(1);
    char address[96];
    std::snprintf(address, sizeof address, "%s %d", r.pick(kStreets), r.between(1, 180));

    // Payment behaviour decides which bills stay open.
    const int profile = r.below(100); // <50 good, <80 late, <95 chronic, else very old
    std::vector<Bill> bills;
    const int supplies = company ? r.between(1, 2) : (r.chance(55) ? 1 : r.between(2, 3));
    const int target = r.between(5, 15);
    std::vector<std::string> supplyIds;
    std::string language = r.chance(3) ? "en" : "it";

    m_debtor->text(1, id)
        .text(2, m_clientId)
        .text(3, code)
        .text(4, company ? "company" : "person")
        .optText(5, company ? std::string() : first)
        .optText(6, company ? std::string() : last)
        .optText(7, companyName)
        .text(8, display)
        .text(9, taxCode)
        .optText(10, vat)
        .optText(11, birth.isValid() ? day(birth) : std::string())
        .text(12, language)
        .text(13, address)
        .text(14, city.postalCode)
        .text(15, city.name)
        .text(16, city.province)
        .text(17, m_operators[size_t(op)])
        .text(18, day(since))
        .optText(19, vulnerability)
        .integer(20, vulnerability.empty() ? 0 : 1)
        .integer(21, dnc ? 1 : 0)
        .null(22)
        .text(23, m_device)
        .text(24, m_now);
    if (!m_debtor->run())
        return fail(*m_debtor);

    // Contacts: owners and verification vary; a few debtors are reachable only through a
    // relative or an unverified number.
    const int phones = r.between(1, 2);
    for (int p = 0; p < phones; ++p) {
        char phone[24];
        if (r.chance(80))
            std::snprintf(phone, sizeof phone, "+393%02d%07d", r.between(20, 93),
                          r.below(10000000));
        else
            std::snprintf(phone, sizeof phone, "+390%d%07d", r.between(2, 99), r.below(10000000));
        const int ownerRoll = r.below(100);
        const char* owner = ownerRoll < 80   ? "debtor"
                            : ownerRoll < 90 ? "family"
                            : ownerRoll < 95 ? "workplace"
                                             : "other";
        m_contact->text(1, uuid(r))
            .text(2, id)
            .text(3, "phone")
            .text(4, phone)
            .text(5, owner)
            .integer(6, r.chance(70) ? 1 : 0)
            .text(7, r.chance(60) ? "granted" : "unknown")
            .integer(8, r.chance(2) ? 1 : 0)
            .integer(9, p == 0 ? 1 : 0)
            .text(10, m_device)
            .text(11, m_now);
        if (!m_contact->run())
            return fail(*m_contact);
    }
    if (r.chance(65)) {
        std::string mail = u8(TextFold::fold(QString::fromUtf8(company ? last : first))) + "." +
                           u8(TextFold::fold(QString::fromUtf8(last))) +
                           std::to_string(index % 97) + "@example.it";
        mail.erase(std::remove(mail.begin(), mail.end(), ' '), mail.end());
        m_contact->text(1, uuid(r))
            .text(2, id)
            .text(3, "email")
            .text(4, mail)
            .text(5, "debtor")
            .integer(6, r.chance(60) ? 1 : 0)
            .text(7, r.chance(70) ? "granted" : "unknown")
            .integer(8, 0)
            .integer(9, 0)
            .text(10, m_device)
            .text(11, m_now);
        if (!m_contact->run())
            return fail(*m_contact);
    }

    // Relationship: most debtors have had the same interlocutor since the start.
    if (r.chance(10)) {
        const int previous =
            (op + 1 + r.below(int(m_operators.size()) - 1)) % int(m_operators.size());
        m_assignment->text(1, uuid(r))
            .text(2, id)
            .text(3, m_operators[size_t(previous)])
            .text(4, day(since.addDays(-r.between(90, 700))))
            .text(5, day(since))
            .text(6, "first_assignment")
            .text(7, m_device)
            .text(8, m_now)
            .text(9, m_leadId);
        if (!m_assignment->run())
            return fail(*m_assignment);
    }
    m_assignment->text(1, uuid(r))
        .text(2, id)
        .text(3, m_operators[size_t(op)])
        .text(4, day(since))
        .null(5)
        .text(6, "portfolio")
        .text(7, m_device)
        .text(8, m_now)
        .text(9, m_leadId);
    if (!m_assignment->run())
        return fail(*m_assignment);

    // Supplies and their bills.
    int serviceMask = 0;
    for (int s = 0; s < supplies; ++s) {
        int svc = r.below(3);
        while (serviceMask & (1 << svc))
            svc = (svc + 1) % 3;
        serviceMask |= 1 << svc;
        const Service& service = kServices[svc];
        const Frequency& freq = r.pick(kFrequencies);
        const std::string supplyId = uuid(r);
        supplyIds.push_back(supplyId);
        char point[24];
        if (svc == 0)
            std::snprintf(point, sizeof point, "IT001E%08d", r.below(100000000));
        else if (svc == 1)
            std::snprintf(point, sizeof point, "%014lld",
                          static_cast<long long>(r.next() % 100000000000000ULL));
        else
            std::snprintf(point, sizeof point, "ACQ-%09d", r.below(1000000000));
        m_supply->text(1, supplyId)
            .text(2, id)
            .text(3, service.code)
            .text(4, point)
            .text(5, address)
            .text(6, freq.code)
            .text(7, day(since.addDays(-r.between(0, 2000))))
            .text(8, m_device)
            .text(9, m_now);
        if (!m_supply->run())
            return fail(*m_supply);

        const int count = std::max(1, target / supplies);
        const qint64 monthly = r.between(service.minMonthly, service.maxMonthly);
        // The latest bill was issued up to one period ago, so some are due in the coming
        // days (caring) and some just fell due.
        const QDate latest = m_today.addDays(-r.between(0, freq.months * 30 - 1));
        const int dueAfter = r.chance(50) ? 20 : 30;
        const char* channel = r.chance(45) ? "email" : (r.chance(85) ? "post" : "app");
        for (int j = 0; j < count; ++j) {
            Bill b;
            b.id = uuid(r);
            b.supplyId = supplyId;
            b.issue = latest.addMonths(-j * freq.months);
            b.due = b.issue.addDays(dueAfter);
            b.amount = monthly * freq.months + r.between(-monthly / 5, monthly / 5);
            b.channel = channel;
            b.receiptConfirmed = b.due < m_today ? r.chance(85) : r.chance(30);
            bills.push_back(b);
        }
    }
    std::sort(bills.begin(), bills.end(),
              [](const Bill& a, const Bill& b) { return a.due < b.due; });

    // Decide what was paid, then write bills and payments.
    const int depth = profile < 50   ? -1
                      : profile < 80 ? r.between(1, 60)
                      : profile < 95 ? r.between(90, 400)
                                     : r.between(400, 1100);
    std::vector<size_t> paidIdx;
    for (size_t i = 0; i < bills.size(); ++i) {
        Bill& b = bills[i];
        const qint64 overdueDays = b.due.daysTo(m_today);
        const bool open = overdueDays <= 0 || (depth >= 0 && overdueDays <= depth);
        if (!open)
            paidIdx.push_back(i);
    }
    // Bills paid long ago come with the portfolio as paid; recent ones carry their payment.
    for (size_t i : paidIdx) {
        Bill& b = bills[i];
        if (b.due.daysTo(m_today) > 200)
            b.paid = b.amount;
    }
    if (!insertBills(m_clientId, id, bills))
        return false;
    for (size_t i : paidIdx) {
        Bill& b = bills[i];
        if (b.paid == b.amount)
            continue;
        QDate on = b.due.addDays(r.between(-10, 12));
        if (on > m_today)
            on = m_today;
        if (!pay(id, bills, i, b.outstanding(), on, std::string()))
            return false;
    }
    // Some open bills are partly paid.
    for (size_t i = 0; i < bills.size(); ++i) {
        Bill& b = bills[i];
        if (b.outstanding() > 0 && b.due < m_today && r.chance(8)) {
            const qint64 part = b.outstanding() * r.between(20, 70) / 100;
            if (part > 0 && !pay(id, bills, i, part, m_today.addDays(-r.between(1, 20)), {}))
                return false;
        }
    }
    if (!storePaid(bills))
        return false;

    qint64 overdue = 0;
    size_t firstOverdue = bills.size();
    std::string latestOverdueBill;
    for (size_t i = 0; i < bills.size(); ++i) {
        if (bills[i].due < m_today && bills[i].outstanding() > 0) {
            overdue += bills[i].outstanding();
            if (firstOverdue == bills.size())
                firstOverdue = i;
            latestOverdueBill = bills[i].id;
        }
    }

    // A complaint about the service puts the disputed bill on hold.
    std::string holdReason;
    if (!latestOverdueBill.empty() && r.chance(3)) {
        const int cat = r.below(6);
        const int st = r.below(3);
        const char* status = st == 0 ? "open" : st == 1 ? "forwarded" : "resolved";
        const QDate opened = m_today.addDays(-r.between(2, 60));
        const std::string complaintId = uuid(r);
        m_complaint->text(1, complaintId)
            .text(2, m_clientId)
            .text(3, id)
            .text(4, kComplaintCategories[cat])
            .text(5, kComplaintTexts[cat])
            .text(6, status)
            .text(7, m_operators[size_t(op)])
            .text(8, instant(opened, 10 * 60))
            .optText(9, st >= 1 ? instant(opened.addDays(1), 10 * 60) : std::string())
            .optText(10, st == 2 ? instant(opened.addDays(10), 10 * 60) : std::string())
            .text(11, m_device)
            .text(12, m_now);
        if (!m_complaint->run())
            return fail(*m_complaint);
        m_complaintInvoice->text(1, complaintId).text(2, latestOverdueBill);
        if (!m_complaintInvoice->run())
            return fail(*m_complaintInvoice);
        ++m_sum.complaints;
        if (st < 2)
            holdReason = "dispute";
    }
    if (!holdReason.empty()) {
        m_hold->text(1, holdReason).text(2, id);
        if (!m_hold->run())
            return fail(*m_hold);
    }

    // Past calls with emotions, reasons and outcomes.
    const int calls = overdue > 0 ? (r.chance(70) ? r.between(1, 4) : 0) : (r.chance(10) ? 1 : 0);
    std::string lastInteraction;
    bool detractor = false;
    TaskReason lowSurvey;
    for (int c = 0; c < calls; ++c) {
        const std::string interactionId = uuid(r);
        const QDate when = m_today.addDays(-r.between(1, 120));
        const char* purpose = overdue == 0   ? "caring"
                              : c == 0       ? "first_reminder"
                              : r.chance(50) ? "followup_reminder"
                                             : "negotiation";
        const char* outcome = r.pick(kOutcomes);
        const bool reached =
            std::string(outcome) != "no_answer" && std::string(outcome) != "busy" &&
            std::string(outcome) != "message_left" && std::string(outcome) != "reached_third_party";
        char checklist[200];
        std::snprintf(checklist, sizeof checklist,
                      "{\"listened\":%s,\"acknowledged\":%s,\"asked_reason\":%s,"
                      "\"explained\":%s,\"offered_solution\":%s,\"agreed_next_step\":%s}",
                      reached ? "true" : "false", r.chance(80) ? "true" : "false",
                      reached ? "true" : "false", r.chance(85) ? "true" : "false",
                      r.chance(70) ? "true" : "false", r.chance(75) ? "true" : "false");
        m_interaction->text(1, interactionId)
            .text(2, m_clientId)
            .text(3, id)
            .text(4, m_operators[size_t(op)])
            .text(5, purpose)
            .text(6, instant(when, r.between(9 * 60, 19 * 60)))
            .integer(7, reached ? r.between(120, 900) : r.between(10, 40));
        if (reached) {
            m_interaction->text(8, r.pick(kEmotions)).text(9, overdue > 0 ? r.pick(kReasons) : "");
            if (overdue == 0)
                m_interaction->null(9);
        } else {
            m_interaction->null(8).null(9);
        }
        m_interaction->text(10, checklist)
            .text(11, outcome)
            .text(12, r.pick(kNotes))
            .text(13, m_device)
            .text(14, m_now);
        if (!m_interaction->run())
            return fail(*m_interaction);
        ++m_sum.interactions;
        lastInteraction = interactionId;
        if (reached && r.chance(35)) {
            const int csat = r.between(1, 5);
            const int nps = std::min(10, std::max(0, csat * 2 + r.between(-2, 1)));
            const int ces = std::min(7, std::max(1, 8 - csat - r.below(2)));
            m_survey->text(1, uuid(r))
                .text(2, id)
                .text(3, interactionId)
                .integer(4, csat)
                .integer(5, ces)
                .integer(6, nps)
                .text(7,
                      nps <= 6 ? "Mi sono sentito poco ascoltato." : "Operatore gentile e chiaro.")
                .text(8, m_device)
                .text(9, instant(when, 19 * 60));
            if (!m_survey->run())
                return fail(*m_survey);
            detractor = nps <= 6;
            lowSurvey = TaskReason::lowSurvey(nps, ces, {});
        }
    }

    // Promises to pay: some due today, some broken, some ahead.
    if (overdue > 0 && profile < 80 && r.chance(20)) {
        const int offset = r.between(-7, 10);
        const QDate due = m_today.addDays(offset);
        m_promise->text(1, uuid(r))
            .text(2, id)
            .optText(3, lastInteraction)
            .integer(4, overdue)
            .text(5, day(due))
            .text(6, offset < 0 ? "broken" : "open")
            .text(7, m_device)
            .text(8, m_now)
            .text(9, m_now);
        if (!m_promise->run())
            return fail(*m_promise);
        ++m_sum.promises;
    }

    // Repayment plans for the long-overdue: installments monthly, the past ones paid.
    if (overdue > 0 && profile >= 80 && r.chance(30) && firstOverdue < bills.size()) {
        const std::string planId = uuid(r);
        const int count = r.between(3, 12);
        const QDate firstDue = m_today.addDays(-r.between(0, 100));
        const int statusRoll = r.below(100);
        const char* status = statusRoll < 8    ? "awaiting_approval"
                             : statusRoll < 18 ? "broken"
                                               : "active";
        m_plan->text(1, planId)
            .text(2, m_clientId)
            .text(3, id)
            .text(4, status)
            .integer(5, overdue)
            .integer(6, count)
            .text(7, day(firstDue))
            .text(8, m_operators[size_t(op)])
            .optText(9, std::string(status) == "awaiting_approval" ? std::string()
                                                                   : m_operators[size_t(op)])
            .text(10, m_device)
            .text(11, m_now)
            .text(12, m_now);
        if (!m_plan->run())
            return fail(*m_plan);
        ++m_sum.plans;
        for (size_t i = firstOverdue; i < bills.size(); ++i) {
            if (bills[i].due < m_today && bills[i].outstanding() > 0) {
                m_planInvoice->text(1, planId).text(2, bills[i].id);
                if (!m_planInvoice->run())
                    return fail(*m_planInvoice);
            }
        }
        const qint64 base = overdue / count;
        const qint64 remainder = overdue - base * count;
        std::vector<std::pair<std::string, qint64>> toPay;
        for (int k = 1; k <= count; ++k) {
            const qint64 amount = base + (k == count ? remainder : 0);
            const QDate due = firstDue.addMonths(k - 1);
            const bool past = due < m_today;
            const bool paid = past && std::string(status) == "active";
            const std::string instId = uuid(r);
            m_installment->text(1, instId)
                .text(2, planId)
                .integer(3, k)
                .text(4, day(due))
                .integer(5, amount)
                .integer(6, paid ? amount : 0)
                .text(7, paid ? "paid" : (past ? "missed" : "open"))
                .text(8, m_device)
                .text(9, m_now);
            if (!m_installment->run())
                return fail(*m_installment);
            if (paid)
                toPay.emplace_back(instId, amount);
        }
        for (const auto& [instId, amount] : toPay) {
            if (!pay(id, bills, firstOverdue, amount, m_today.addDays(-r.between(1, 20)), instId))
                return false;
        }
        if (!storePaid(bills))
            return false;
    }

    // Agenda: callbacks and close-the-loop calls for unhappy debtors.
    if (r.chance(4)) {
        const QDate when = m_today.addDays(r.between(0, 5));
        m_task->text(1, uuid(r))
            .text(2, id)
            .text(3, m_operators[size_t(op)])
            .text(4, "callback")
            .text(5, instant(when, r.between(10 * 60, 18 * 60)))
            .null(6) // the debtor asked; nobody wrote a note
            .null(7)
            .text(8, m_device)
            .text(9, m_now)
            .text(10, m_now);
        if (!m_task->run())
            return fail(*m_task);
    }
    if (detractor) {
        m_task->text(1, uuid(r))
            .text(2, id)
            .text(3, m_operators[size_t(op)])
            .text(4, "close_the_loop")
            .text(5, day(m_today))
            .text(6, lowSurvey.code)
            .text(7, lowSurvey.argsJson())
            .text(8, m_device)
            .text(9, m_now)
            .text(10, m_now);
        if (!m_task->run())
            return fail(*m_task);
    }
    ++m_sum.debtors;
    return true;
}

Result<DemoPortfolio::Summary> Generator::run()
{
    using R = Result<DemoPortfolio::Summary>;
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(m_h, "SELECT count(*) FROM client", -1, &st, nullptr);
        const bool empty = st && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 0;
        sqlite3_finalize(st);
        if (!empty)
            return R::failure(DemoPortfolio::tr("The store %1 already holds data; the demo "
                                                "portfolio is built only in a new store.")
                                  .arg(m_db.path()));
    }
    m_db.execScript(QStringLiteral("PRAGMA cache_size = -262144"));
    if (Status s = m_db.execScript(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return R::failure(s.error());
    auto rollback = [this](const QString& why) {
        m_db.execScript(QStringLiteral("ROLLBACK"));
        m_db.execScript(QStringLiteral("PRAGMA cache_size = -2000"));
        return R::failure(why);
    };
    // Indexes are built once after the bulk insert: first those of the base tables (the
    // portfolio rows are computed through them), then those of the portfolio rows.
    const auto dropped = BulkLoad::dropSecondaryIndexes(
        m_db,
        {QStringLiteral("debtor"), QStringLiteral("contact"), QStringLiteral("supply"),
         QStringLiteral("invoice"), QStringLiteral("payment"), QStringLiteral("payment_allocation"),
         QStringLiteral("interaction"), QStringLiteral("assignment"), QStringLiteral("survey")});
    if (!dropped)
        return rollback(dropped.error());
    const auto droppedSummary =
        BulkLoad::dropSecondaryIndexes(m_db, {QStringLiteral("debtor_summary")});
    if (!droppedSummary)
        return rollback(droppedSummary.error());
    // The change log is written once at the end, for every row, instead of by triggers.
    const auto triggers = ChangeLog::suspendTriggers(m_db, ChangeLog::tableNames());
    if (!triggers)
        return rollback(triggers.error());
    QElapsedTimer phase;
    phase.start();
    if (!setup())
        return rollback(m_error);
    for (int i = 0; i < m_opt.debtors; ++i) {
        if (!debtor(i))
            return rollback(DemoPortfolio::tr("Demo generation failed at debtor %1: %2")
                                .arg(i + 1)
                                .arg(m_error));
        if (m_opt.progress && (i % 1000 == 999) && !m_opt.progress(i + 1, m_opt.debtors))
            return rollback(
                DemoPortfolio::tr("Demo generation cancelled; the store is unchanged."));
    }
    m_debtor.reset();
    m_contact.reset();
    m_supply.reset();
    m_assignment.reset();
    m_invoice.reset();
    m_payment.reset();
    m_allocation.reset();
    m_interaction.reset();
    m_survey.reset();
    m_promise.reset();
    m_plan.reset();
    m_planInvoice.reset();
    m_installment.reset();
    m_complaint.reset();
    m_complaintInvoice.reset();
    m_task.reset();
    m_paidUpdate.reset();
    m_hold.reset();
    m_sum.insertMs = phase.restart();
    if (Status s = BulkLoad::recreateIndexes(m_db, dropped.value()); !s)
        return rollback(s.error());
    m_sum.indexMs = phase.restart();
    DebtorSummaryRepository summaries(m_db);
    if (Status s = summaries.refreshAll(m_today); !s)
        return rollback(s.error());
    if (Status s = BulkLoad::recreateIndexes(m_db, droppedSummary.value()); !s)
        return rollback(s.error());
    m_sum.summaryMs = phase.restart();
    if (Status s = summaries.rebuildAllSearch(); !s)
        return rollback(s.error());
    m_sum.searchMs = phase.restart();
    for (const QString& table : ChangeLog::tableNames()) {
        if (Status s = ChangeLog::logRows(m_db, table); !s)
            return rollback(s.error());
    }
    if (Status s = ChangeLog::restoreTriggers(m_db, triggers.value()); !s)
        return rollback(s.error());
    if (Status s = AuditLog::appendRow(
            m_db, QString::fromStdString(uuid(m_rng)), QString::fromStdString(m_now), QString(),
            QStringLiteral("demo_generated"), QStringLiteral("store"), QString(),
            QStringLiteral("{\"debtors\":%1,\"seed\":%2}").arg(m_opt.debtors).arg(m_opt.seed));
        !s)
        return rollback(s.error());
    if (Status s = m_db.execScript(QStringLiteral("COMMIT")); !s)
        return rollback(s.error());
    m_db.execScript(QStringLiteral("PRAGMA cache_size = -2000"));
    // Statistics for the planner from a sample: a full ANALYZE reads every index.
    m_db.execScript(QStringLiteral("PRAGMA analysis_limit = 1000; ANALYZE"));
    return m_sum;
}

} // namespace

Result<DemoPortfolio::Summary> DemoPortfolio::generate(Database& db, const Options& options)
{
    if (options.debtors < 1)
        return Result<Summary>::failure(tr("The number of debtors must be at least 1."));
    if (!options.today.isValid())
        return Result<Summary>::failure(tr("The demo needs a valid reference day."));
    Generator g(db, options);
    return g.run();
}

} // namespace ascolto
