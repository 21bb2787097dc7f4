#include "DebtorCardView.h"

#include "AgingBars.h"
#include "CallWorkspace.h"
#include "DebtorDetailsDialog.h"
#include "InteractionDialog.h"
#include "MessageBox.h"
#include "MessageDialog.h"
#include "NegotiationDialog.h"
#include "PaymentDialog.h"
#include "RejectPlanDialog.h"

#include "io/CallCatalog.h"
#include "io/Outbox.h"
#include "io/PlanLetter.h"
#include "io/SubjectAccessReport.h"
#include "itemmodels/CodeText.h"
#include "itemmodels/InvoiceListModel.h"
#include "itemmodels/PortfolioModel.h"
#include "storage/ClientRepository.h"
#include "storage/DebtorCardQuery.h"
#include "storage/DebtorRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PlanRepository.h"
#include "storage/SubjectAccess.h"
#include "storage/UserRepository.h"

#include "domain/Aging.h"
#include "domain/ContactPolicy.h"
#include "domain/PhoneNumber.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ascolto {

namespace {
enum ListIndex
{
    Payments,
    Plans,
    Promises,
    Timeline,
    Complaints,
    Surveys,
    Messages,
    ListCount
};

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}
} // namespace

DebtorCardView::DebtorCardView(Database& db, const Clock& clock, Session session, QString debtorId,
                               QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
    , m_debtorId(std::move(debtorId))
    , m_header(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_aging(new AgingBars(this))
    , m_tabs(new QTabWidget(this))
    , m_contacts(makeTable(this, QStringLiteral("cardContacts")))
    , m_relationship(makeTable(this, QStringLiteral("cardRelationship")))
    , m_bills(makeTable(this, QStringLiteral("cardBills")))
    , m_billModel(new InvoiceListModel(db, m_session, clock, m_debtorId, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("DebtorCardView"));
    m_header->setObjectName(QStringLiteral("cardHeader"));
    m_identity->setObjectName(QStringLiteral("cardIdentity"));
    m_balance->setObjectName(QStringLiteral("cardBalance"));
    QFont f = m_header->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_header->setFont(f);
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balance->setWordWrap(true);
    m_bills->setModel(m_billModel);
    m_bills->setColumnWidth(InvoiceListModel::Number, 130);
    m_bills->setColumnWidth(InvoiceListModel::PagoPa, 190);

    buildActions();
    auto* overview = new QWidget(this);
    auto* grid = new QGridLayout(overview);
    grid->addWidget(m_identity, 0, 0);
    grid->addWidget(m_balance, 0, 1);
    grid->addWidget(m_aging, 0, 2);
    grid->addWidget(m_contacts, 1, 0, 1, 2);
    grid->addWidget(m_relationship, 1, 2);
    // Rarely used, so off the call toolbar (which must fit 1366 pixels): under the data.
    auto* access = new QToolButton(overview);
    access->setObjectName(QStringLiteral("accessRequestButton"));
    access->setDefaultAction(m_accessRequest);
    auto* rectify = new QToolButton(overview);
    rectify->setObjectName(QStringLiteral("rectifyButton"));
    rectify->setDefaultAction(m_rectify);
    auto* rare = new QHBoxLayout;
    rare->addWidget(rectify);
    rare->addWidget(access);
    rare->addStretch();
    grid->addLayout(rare, 2, 0, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 2);
    m_tabs->setObjectName(QStringLiteral("cardTabs"));
    m_tabs->addTab(overview, QString());
    m_tabs->addTab(m_bills, QString());
    const char* names[ListCount] = {"cardPayments",   "cardPlans",   "cardPromises", "cardTimeline",
                                    "cardComplaints", "cardSurveys", "cardMessages"};
    for (int i = 0; i < ListCount; ++i) {
        auto* table = makeTable(this, QLatin1String(names[i]));
        auto* model = new RowListModel(table);
        table->setModel(model);
        m_lists.push_back({table, model});
        // A list that moves things forward from its own tab has their actions above it:
        // complaints (forwarded, resolved) and, for a team lead, plans waiting for approval.
        const auto withBar = [this, table](const char* name, const QList<QAction*>& actions) {
            auto* page = new QWidget(this);
            auto* bar = new QToolBar(page);
            bar->setObjectName(QLatin1String(name));
            bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
            bar->addActions(actions);
            auto* pageLayout = new QVBoxLayout(page);
            pageLayout->setContentsMargins(0, 0, 0, 0);
            pageLayout->addWidget(bar);
            pageLayout->addWidget(table, 1);
            m_tabs->addTab(page, QString());
        };
        if (i == Plans && m_session.canManagePortfolio())
            withBar("planDecisions", {m_approvePlan, m_rejectPlan});
        else if (i == Complaints)
            withBar("complaintActions", {m_forwardComplaint, m_resolveComplaint});
        else
            m_tabs->addTab(table, QString());
    }

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("cardActions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions(
        {m_startCall, m_recordPayment, m_newPlan, m_addComplaint, m_sendMessage, m_confirmReceipt});

    // The card on the left; a call opens beside it.
    auto* content = new QWidget(m_splitter);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 8, 8, 8);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(toolbar);
    contentLayout->addWidget(m_tabs, 1);
    m_splitter->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    reload();
}

void DebtorCardView::buildActions()
{
    auto make = [this](const char* name, const QKeySequence& keys, void (DebtorCardView::*slot)()) {
        auto* a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_startCall = make("actionStartCall", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                       &DebtorCardView::startCallFromCard);
    m_sendMessage = make("actionSendMessage", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                         &DebtorCardView::sendMessage);
    m_forwardComplaint =
        make("actionForwardComplaint", QKeySequence(), &DebtorCardView::forwardComplaint);
    m_resolveComplaint =
        make("actionResolveComplaint", QKeySequence(), &DebtorCardView::resolveComplaint);
    m_recordPayment = make("actionRecordPayment", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                           &DebtorCardView::recordPayment);
    m_addComplaint = make("actionAddComplaint", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                          &DebtorCardView::addComplaint);
    m_newPlan = make("actionNewPlan", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                     &DebtorCardView::newPlan);
    m_confirmReceipt = make("actionConfirmReceipt", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                            &DebtorCardView::confirmReceipt);
    m_accessRequest = make("actionAccessRequest", QKeySequence(), &DebtorCardView::accessRequest);
    m_rectify = make("actionRectify", QKeySequence(), &DebtorCardView::rectifyDetails);
    m_approvePlan = make("actionApprovePlan", QKeySequence(), &DebtorCardView::approvePlan);
    m_rejectPlan = make("actionRejectPlan", QKeySequence(), &DebtorCardView::rejectPlan);
}

QString DebtorCardView::title() const
{
    return m_card.debtor.displayName.isEmpty() ? tr("Debtor") : m_card.debtor.displayName;
}

void DebtorCardView::reload()
{
    const auto loaded = DebtorCardQuery(m_db, m_clock).load(m_session, m_debtorId);
    m_loadError = loaded ? QString() : loaded.error();
    if (loaded)
        m_card = loaded.value();
    m_billModel->reload();
    fill();
}

void DebtorCardView::fill()
{
    const QLocale locale;
    const DebtorRecord& d = m_card.debtor;
    const DebtorSummary& s = m_card.summary;
    m_startCall->setText(tr("Start call (Ctrl+Shift+C)"));
    m_recordPayment->setText(tr("Record payment (Ctrl+Shift+P)"));
    m_addComplaint->setText(tr("Complaint (Ctrl+Shift+K)"));
    m_newPlan->setText(tr("New plan (Ctrl+Shift+N)"));
    m_confirmReceipt->setText(tr("Bill received (Ctrl+Shift+R)"));
    m_sendMessage->setText(tr("Message (Ctrl+Shift+M)"));
    m_accessRequest->setText(tr("Data held…"));
    m_rectify->setText(tr("Correct details…"));
    m_rectify->setToolTip(tr("Rectification: correct the name, tax code, birth date, language "
                             "or postal address the debtor says are wrong"));
    m_approvePlan->setText(tr("Approve the plan"));
    m_rejectPlan->setText(tr("Reject the plan…"));
    const bool pending = !pendingPlanId().isEmpty();
    m_approvePlan->setEnabled(pending && m_session.canManagePortfolio());
    m_rejectPlan->setEnabled(pending && m_session.canManagePortfolio());
    m_accessRequest->setToolTip(tr("Access request: write everything held about this debtor as "
                                   "a PDF to read and a JSON file"));
    m_forwardComplaint->setText(tr("Forwarded to the client"));
    m_resolveComplaint->setText(tr("Resolved…"));
    const QStringList tabTitles = {tr("Overview"),   tr("Bills (%1)").arg(m_card.invoiceCount),
                                   tr("Payments"),   tr("Plans"),
                                   tr("Promises"),   tr("Calls and notes"),
                                   tr("Complaints"), tr("Surveys"),
                                   tr("Messages")};
    for (int i = 0; i < tabTitles.size(); ++i)
        m_tabs->setTabText(i, tabTitles.at(i));
    if (!m_loadError.isEmpty()) {
        m_header->setText(m_loadError);
        return;
    }

    QStringList flags = CodeText::flags(s.flags);
    m_header->setText(
        flags.isEmpty()
            ? d.displayName
            : QStringLiteral("%1  [%2]").arg(d.displayName, flags.join(QStringLiteral(", "))));
    QStringList identity;
    identity << tr("Customer code: %1").arg(d.customerCode);
    if (!d.taxCode.isEmpty())
        identity << tr("Tax code: %1").arg(d.taxCode);
    if (!d.vatNumber.isEmpty() && d.vatNumber != d.taxCode)
        identity << tr("VAT number: %1").arg(d.vatNumber);
    if (d.birthDate.isValid())
        identity << tr("Born: %1").arg(locale.toString(d.birthDate, QLocale::ShortFormat));
    identity << d.postalAddress();
    identity << tr("Language: %1").arg(d.language);
    if (!d.vulnerability.isEmpty())
        identity << tr("Vulnerability: %1 (handle with care; no formal notice without review)")
                        .arg(CodeText::vulnerability(d.vulnerability));
    if (!d.holdReason.isEmpty())
        identity << tr("On hold: %1")
                        .arg(d.holdReason == QLatin1String("dispute")
                                 ? tr("a complaint about the bills is open")
                                 : d.holdReason);
    identity << tr("Interlocutor: %1")
                    .arg(m_card.interlocutorName.isEmpty() ? tr("nobody")
                                                           : m_card.interlocutorName);
    if (!m_card.relationship.isEmpty()) {
        const AssignmentRecord& current = m_card.relationship.first();
        identity.last() += tr(" since %1").arg(locale.toString(current.from, QLocale::ShortFormat));
        // Handed over: what the previous interlocutor wanted the next one to know, before the
        // first call.
        if (m_card.relationship.size() > 1 && CodeText::isHandoverNote(current.reason))
            identity << tr("Handover note: %1").arg(current.reason);
    }
    m_identity->setText(identity.join(QLatin1Char('\n')));

    QStringList balance;
    balance << tr("Outstanding: %1").arg(s.outstanding.format(locale));
    balance << tr("Overdue: %1").arg(s.overdue.format(locale));
    if (s.oldestOverdueDue.isValid())
        balance << tr("Oldest unpaid due %1 (%n day(s) ago)", nullptr,
                      Aging::daysOverdue(s.oldestOverdueDue, m_clock.today()))
                       .arg(locale.toString(s.oldestOverdueDue, QLocale::ShortFormat));
    if (s.nextDueDate.isValid())
        balance << tr("Next bill due %1").arg(locale.toString(s.nextDueDate, QLocale::ShortFormat));
    if (s.credit > Money())
        balance << tr("Credit on account: %1").arg(s.credit.format(locale));
    if (!s.stage.isEmpty())
        balance << tr("Stage: %1").arg(CodeText::stage(s.stage));
    m_balance->setText(balance.join(QLatin1Char('\n')));
    std::array<Money, 6> aging;
    for (int i = 0; i < 6; ++i)
        aging[size_t(i)] = s.aging[i];
    m_aging->setAmounts(aging);

    auto* contactModel = qobject_cast<RowListModel*>(m_contacts->model());
    if (!contactModel) {
        contactModel = new RowListModel(m_contacts);
        m_contacts->setModel(contactModel);
    }
    QVector<QStringList> contactRows;
    for (const ContactRecord& c : d.contacts) {
        QString value = c.value;
        if (c.kind == QLatin1String("phone")) {
            const auto p = PhoneNumber::parse(c.value);
            if (p)
                value = p->display();
        }
        contactRows.push_back(
            {value, CodeText::owner(c.owner), c.verified ? tr("verified") : tr("NOT verified"),
             CodeText::consent(c.consent), c.optOut ? tr("opted out") : QString()});
    }
    contactModel->setRows(
        {tr("Contact"), tr("Owner"), tr("Verified"), tr("Consent"), tr("Opt-out")}, contactRows);
    m_contacts->setColumnWidth(0, 170);

    auto* relModel = qobject_cast<RowListModel*>(m_relationship->model());
    if (!relModel) {
        relModel = new RowListModel(m_relationship);
        m_relationship->setModel(relModel);
    }
    QVector<QStringList> relRows;
    for (const AssignmentRecord& a : m_card.relationship)
        relRows.push_back(
            {a.operatorName, locale.toString(a.from, QLocale::ShortFormat),
             a.to.isValid() ? locale.toString(a.to, QLocale::ShortFormat) : tr("today"),
             CodeText::assignmentReason(a.reason)});
    relModel->setRows({tr("Interlocutor"), tr("From"), tr("To"), tr("Why")}, relRows);

    QVector<QStringList> rows;
    for (const PaymentRecord& p : m_card.payments)
        rows.push_back({locale.toString(p.paidOn, QLocale::ShortFormat), p.amount.format(locale),
                        CodeText::paymentChannel(p.channel), p.reference,
                        p.credit > Money() ? p.credit.format(locale) : QString()});
    m_lists[Payments].second->setRows(
        {tr("Date"), tr("Amount"), tr("Channel"), tr("Reference"), tr("Credit")}, rows);
    rows.clear();
    for (const PlanRecord& p : m_card.plans) {
        int paid = 0;
        for (const InstallmentRecord& i : p.installments)
            paid += i.status == QLatin1String("paid") ? 1 : 0;
        rows.push_back({CodeText::status(p.status), (p.total - p.discount).format(locale),
                        tr("%1 of %2 installments paid").arg(paid).arg(p.installmentCount),
                        locale.toString(p.firstDue, QLocale::ShortFormat)});
        for (const InstallmentRecord& i : p.installments)
            rows.push_back({QStringLiteral("   #%1").arg(i.seq), i.amount.format(locale),
                            CodeText::status(i.status),
                            locale.toString(i.dueDate, QLocale::ShortFormat)});
    }
    m_lists[Plans].second->setRows({tr("Status"), tr("Amount"), tr("Progress"), tr("Due")}, rows);
    rows.clear();
    for (const PromiseRecord& p : m_card.promises)
        rows.push_back({locale.toString(p.dueDate, QLocale::ShortFormat), p.amount.format(locale),
                        CodeText::status(p.status), CodeText::paymentChannel(p.channel)});
    m_lists[Promises].second->setRows({tr("Due"), tr("Amount"), tr("Status"), tr("Channel")}, rows);
    rows.clear();
    for (const InteractionRecord& i : m_card.interactions)
        rows.push_back({locale.toString(i.startedAt.toLocalTime(), QLocale::ShortFormat),
                        CodeText::purpose(i.purpose), CodeText::outcome(i.outcome),
                        CodeText::emotion(i.emotion),
                        CodeText::nonpaymentReason(i.nonpaymentReason), i.operatorName, i.notes});
    m_lists[Timeline].second->setRows({tr("When"), tr("Purpose"), tr("Outcome"), tr("Emotion"),
                                       tr("Reason"), tr("Operator"), tr("Notes")},
                                      rows);
    rows.clear();
    for (const ComplaintRecord& c : m_card.complaints)
        rows.push_back({locale.toString(c.openedAt.toLocalTime().date(), QLocale::ShortFormat),
                        CodeText::complaintCategory(c.category), CodeText::status(c.status),
                        c.invoiceNumbers.join(QStringLiteral(", ")), c.description});
    m_lists[Complaints].second->setRows(
        {tr("Opened"), tr("Category"), tr("Status"), tr("Bills"), tr("Description")}, rows);
    rows.clear();
    for (const SurveyRecord& s2 : m_card.surveys)
        rows.push_back({locale.toString(s2.at.toLocalTime().date(), QLocale::ShortFormat),
                        s2.csat ? QStringLiteral("%1/5").arg(s2.csat) : QString(),
                        s2.ces ? QStringLiteral("%1/7").arg(s2.ces) : QString(),
                        s2.nps >= 0 ? QStringLiteral("%1/10").arg(s2.nps) : QString(), s2.comment});
    m_lists[Surveys].second->setRows({tr("Date"), tr("CSAT"), tr("CES"), tr("NPS"), tr("Comment")},
                                     rows);
    rows.clear();
    for (const MessageRecord& m : m_card.messages)
        rows.push_back({locale.toString(m.at.toLocalTime(), QLocale::ShortFormat),
                        CodeText::interactionChannel(m.channel), m.subject, m.body});
    m_lists[Messages].second->setRows({tr("When"), tr("Channel"), tr("Subject"), tr("Text")}, rows);
    for (auto& [table, model] : m_lists)
        table->resizeColumnsToContents();
}

void DebtorCardView::openDialog(QDialog* dialog, std::function<QString()> confirmation)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Whatever way it closes, the card has the focus again (its shortcuts work at once).
    connect(dialog, &QDialog::finished, this, [this] {
        activateWindow();
        setFocus(Qt::OtherFocusReason);
    });
    connect(dialog, &QDialog::accepted, this, [this, confirmation] {
        reload();
        emit changed();
        if (confirmation)
            emit notice(confirmation());
    });
    dialog->open();
    emit dialogOpened(dialog);
}

CallWorkspace* DebtorCardView::startCall(const QString& purpose, bool debtorAskedCallback,
                                         const QString& taskId)
{
    if (m_call) {
        m_call->setFocus();
        return m_call;
    }
    CallState state;
    state.debtorId = m_debtorId;
    state.purpose = purpose.isEmpty() ? CallState::proposedPurpose(m_card) : purpose;
    state.taskId = taskId;
    state.startedAt = m_clock.nowUtc();
    return openWorkspace(state, debtorAskedCallback);
}

CallWorkspace* DebtorCardView::restoreCall(const CallState& state)
{
    if (m_call)
        return m_call;
    return openWorkspace(state, false);
}

CallCatalog::Context DebtorCardView::catalogContext(const Result<ClientRecord>& client) const
{
    CallCatalog::Context ctx;
    if (client)
        ctx.client = client.value();
    ctx.operatorName = m_session.displayName();
    ctx.today = m_clock.today();
    ctx.openBills = InvoiceRepository(m_db, m_clock).openBills(m_session, m_debtorId);
    return ctx;
}

CallWorkspace* DebtorCardView::openWorkspace(CallState state, bool debtorAskedCallback)
{
    const QString uiLanguage =
        QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("it");
    const auto client = ClientRepository(m_db, m_clock).byId(m_card.debtor.clientId);
    auto scripts =
        CallCatalog::scripts(uiLanguage, client ? client->code : QString(), m_scriptsDir);
    if (!scripts) // a broken client file: say so, and use the built-in scripts
        MessageBox::warning(this, tr("Call scripts"), scripts.error());
    if (!scripts)
        scripts = CallCatalog::scripts(uiLanguage);
    if (!scripts) {
        MessageBox::warning(this, tr("Call scripts"), scripts.error());
        return nullptr;
    }
    CallWorkspace::Setup setup;
    setup.card = m_card;
    setup.scripts = scripts.value();
    const CallCatalog::Context ctx = catalogContext(client);
    setup.values = CallCatalog::values(m_card, ctx, uiLanguage);
    setup.windows = ClientRepository(m_db, m_clock).contactWindows(m_card.debtor.clientId);
    setup.nowLocal = m_clock.nowLocal();
    setup.startOfTodayUtc = QDateTime(m_clock.today(), QTime(0, 0), Qt::LocalTime).toUTC();
    setup.debtorAskedCallback = debtorAskedCallback;
    m_call = new CallWorkspace(m_db, m_clock, m_session, setup, std::move(state), m_splitter);
    m_splitter->addWidget(m_call);
    m_splitter->setSizes({width() * 9 / 20, width() * 11 / 20});
    connect(m_call, &CallWorkspace::dialogOpened, this, &DebtorCardView::dialogOpened);
    connect(m_call, &CallWorkspace::finished, this,
            [this](const CallRepository::Saved& saved, const CallState& state) {
                closeWorkspace();
                reload();
                emit changed();
                QString done = tr("Call with %1 saved.").arg(m_card.debtor.displayName);
                if (state.nextAction == QLatin1String("callback"))
                    done += QLatin1Char(' ') +
                            tr("Callback on %1.")
                                .arg(QLocale().toString(state.nextAt, QLocale::ShortFormat));
                if (!saved.promiseId.isEmpty())
                    done += QLatin1Char(' ') +
                            tr("Promise to pay %1 by %2.")
                                .arg(state.promiseAmount.format(QLocale()),
                                     QLocale().toString(state.promiseDate, QLocale::ShortFormat));
                emit notice(done);
                if (state.nextAction == QLatin1String("plan"))
                    newPlan();
            });
    connect(m_call, &CallWorkspace::discarded, this, &DebtorCardView::closeWorkspace);
    m_call->takeFocus();
    return m_call;
}

void DebtorCardView::closeWorkspace()
{
    if (!m_call)
        return;
    m_call->hide();
    m_call->deleteLater();
    m_call = nullptr;
    // The card's shortcuts (Ctrl+Shift+P, Ctrl+Shift+N...) work again without a click.
    setFocus(Qt::OtherFocusReason);
    emit callClosed();
}

void DebtorCardView::sendMessage()
{
    const auto client = ClientRepository(m_db, m_clock).byId(m_card.debtor.clientId);
    const QString language = CallCatalog::normalisedLanguage(m_card.debtor.language);
    const auto templates =
        CallCatalog::templates(language, client ? client->code : QString(), m_scriptsDir);
    if (!templates) {
        MessageBox::warning(this, tr("Message"), templates.error());
        return;
    }
    const CallCatalog::Context ctx = catalogContext(client);
    // The message speaks the debtor's language, amounts and dates included.
    const auto values = CallCatalog::values(m_card, ctx, language);
    bool hasPlan = false;
    for (const PlanRecord& p : std::as_const(m_card.plans))
        hasPlan = hasPlan || p.status == QLatin1String("active") ||
                  p.status == QLatin1String("awaiting_approval");
    auto* dialog = new MessageDialog(
        m_card.debtor, templates.value(), values, hasPlan,
        [this, language, client](const MessageDraft& d, bool toOutbox) -> Result<QString> {
            MessageDraft draft = d;
            if (toOutbox) {
                Outbox::Message m;
                // Checked before writing, so a refused message leaves no file behind.
                const ContactRecord* contact = m_card.debtor.contact(d.contactId);
                if (const QString why =
                        ContactPolicy::messageBlockReason(m_card.debtor, contact, d.channel);
                    !why.isEmpty())
                    return Result<QString>::failure(tr("Cannot be sent: %1.").arg(why));
                m.channel = d.channel;
                m.to = contact ? contact->value : QString();
                m.subject = d.subject;
                m.body = d.body;
                m.language = language;
                m.recipientName = m_card.debtor.displayName;
                m.address = m_card.debtor.postalAddress();
                m.senderName = client ? tr("%1 for %2").arg(m_session.displayName(), client->name)
                                      : m_session.displayName();
                m.customerCode = m_card.debtor.customerCode;
                m.at = m_clock.nowUtc();
                const QString dir = m_outboxDir.isEmpty() ? QDir::tempPath() : m_outboxDir;
                const auto path = Outbox::write(dir, m);
                if (!path)
                    return path;
                draft.outboxPath = path.value();
            }
            const auto recorded =
                InteractionRepository(m_db, m_clock).recordMessage(m_session, draft);
            if (!recorded) {
                if (!draft.outboxPath.isEmpty())
                    QFile::remove(draft.outboxPath);
                return recorded;
            }
            reload();
            emit changed();
            return draft.outboxPath.isEmpty() ? QString()
                                              : QDir::toNativeSeparators(draft.outboxPath);
        },
        this);
    openDialog(dialog); // it records and reloads the card itself, message by message
}

const ComplaintRecord* DebtorCardView::selectedComplaint()
{
    QTableView* table = m_lists[Complaints].first;
    m_tabs->setCurrentIndex(m_tabs->indexOf(table->parentWidget()));
    const int row = table->currentIndex().row();
    if (row < 0 || row >= m_card.complaints.size()) {
        MessageBox::information(this, tr("Complaints"), tr("Select a complaint in the list."));
        return nullptr;
    }
    return &m_card.complaints.at(row);
}

void DebtorCardView::forwardComplaint()
{
    const ComplaintRecord* c = selectedComplaint();
    if (!c)
        return;
    const Status s = InteractionRepository(m_db, m_clock)
                         .setComplaintStatus(m_session, c->id, QStringLiteral("forwarded"));
    if (!s) {
        MessageBox::warning(this, tr("Complaints"), s.error());
        return;
    }
    reload();
    emit changed();
}

void DebtorCardView::resolveComplaint()
{
    const ComplaintRecord* c = selectedComplaint();
    if (!c)
        return;
    const QString id = c->id;
    openDialog(new ResolveComplaintDialog(
        *c,
        [this, id](const QString& resolution) {
            return InteractionRepository(m_db, m_clock)
                .setComplaintStatus(m_session, id, QStringLiteral("resolved"), resolution);
        },
        this));
}

void DebtorCardView::recordPayment()
{
    QVector<PlanRecord> activePlans;
    for (const PlanRecord& p : std::as_const(m_card.plans))
        if (p.status == QLatin1String("active"))
            activePlans.push_back(p);
    openDialog(
        new PaymentDialog(
            m_debtorId, m_card.debtor.displayName,
            InvoiceRepository(m_db, m_clock).openBills(m_session, m_debtorId), m_clock.today(),
            [this](const PaymentDraft& d) {
                return PaymentRepository(m_db, m_clock).record(m_session, d).status();
            },
            activePlans, this),
        [this] {
            return tr("Payment recorded: %1 now owes %2.")
                .arg(m_card.debtor.displayName, m_card.summary.outstanding.format(QLocale()));
        });
}

void DebtorCardView::newPlan()
{
    // A new plan renegotiates the one in force (PlanRepository::create closes it): asked.
    for (const PlanRecord& p : std::as_const(m_card.plans)) {
        if (p.status != QLatin1String("active") && p.status != QLatin1String("broken"))
            continue;
        const QString text =
            tr("%1 already has a repayment plan of %2 (%n installment(s)). A new plan replaces "
               "it: the current one is closed as renegotiated when the new one takes effect (at "
               "once, or when the team lead approves it). Prepare a new plan?",
               nullptr, p.installmentCount)
                .arg(m_card.debtor.displayName, p.total.format(QLocale()));
        if (MessageBox::question(this, tr("New plan"), text) != QMessageBox::Yes)
            return;
        break;
    }
    const auto client = ClientRepository(m_db, m_clock).byId(m_card.debtor.clientId);
    if (!client) {
        MessageBox::warning(this, tr("New plan"), client.error());
        return;
    }
    const QVector<InvoiceRecord> bills =
        InvoiceRepository(m_db, m_clock).openBills(m_session, m_debtorId);
    const ClientRecord clientRecord = client.value();
    auto* dialog = new NegotiationDialog(
        m_debtorId, m_card.debtor.displayName, bills, clientRecord.rules, m_clock.today(),
        [this](const PlanDraft& d) -> Result<QString> {
            const auto saved = PlanRepository(m_db, m_clock).create(m_session, d);
            if (!saved)
                return saved.status();
            // A plan waiting for the team lead is not confirmed to the debtor yet.
            if (saved->status != QLatin1String("active"))
                return tr("Plan waiting for the team lead's approval: the letter to the debtor "
                          "is written once it is approved.");
            reload();
            const auto letter = writePlanLetter(saved->planId);
            if (!letter)
                return letter.status();
            return tr("Plan active. Letter: %1").arg(QDir::toNativeSeparators(letter.value()));
        },
        this);
    openDialog(dialog, [dialog] { return dialog->resultText(); });
}

void DebtorCardView::addComplaint()
{
    openDialog(
        new ComplaintDialog(
            m_debtorId, m_card.debtor.displayName,
            InvoiceRepository(m_db, m_clock).openBills(m_session, m_debtorId),
            [this](const ComplaintDraft& d) {
                return InteractionRepository(m_db, m_clock).openComplaint(m_session, d).status();
            },
            this),
        [] {
            return tr("Complaint recorded: reminders for its bills wait until it is resolved.");
        });
}

void DebtorCardView::confirmReceipt()
{
    m_tabs->setCurrentWidget(m_bills);
    const QModelIndex current = m_bills->currentIndex();
    if (!current.isValid()) {
        MessageBox::information(this, tr("Bill received"),
                                tr("Select in the list the bill the debtor confirms receiving."));
        return;
    }
    // The selected line is whichever the keyboard left there: name the bill and ask.
    const auto cell = [&current](int column) {
        return current.sibling(current.row(), column).data().toString();
    };
    const QString number = cell(InvoiceListModel::Number);
    if (MessageBox::question(
            this, tr("Bill received"),
            tr("Record that the debtor received bill %1 (due %2, %3)?")
                .arg(number, cell(InvoiceListModel::DueDate), cell(InvoiceListModel::Amount)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    const Status s =
        InvoiceRepository(m_db, m_clock)
            .confirmReceipt(m_session, current.data(InvoiceListModel::InvoiceIdRole).toString());
    if (!s) {
        MessageBox::warning(this, tr("Bill received"), s.error());
        return;
    }
    const int row = current.row();
    reload();
    m_bills->selectRow(row);
    emit changed();
    emit notice(tr("Bill %1 recorded as received.").arg(number));
}

QString DebtorCardView::pendingPlanId() const
{
    for (const PlanRecord& p : m_card.plans)
        if (p.status == QLatin1String("awaiting_approval"))
            return p.id;
    return {};
}

void DebtorCardView::approvePlan()
{
    const QString planId = pendingPlanId();
    if (planId.isEmpty())
        return;
    if (MessageBox::question(this, tr("Approve the plan"),
                             tr("Approve the plan proposed for %1? The operator who proposed it "
                                "is told, to confirm it to the debtor.")
                                 .arg(m_card.debtor.displayName),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::Yes) != QMessageBox::Yes)
        return;
    const Status s =
        PlanRepository(m_db, m_clock).decide(m_session, planId, PlanRepository::Decision::Approve);
    if (!s) {
        MessageBox::warning(this, tr("Approve the plan"), s.error());
        return;
    }
    reload();
    emit changed();
    // Approved, the plan is confirmed to the debtor.
    const auto letter = writePlanLetter(planId);
    if (!letter) {
        MessageBox::warning(this, tr("Approve the plan"), letter.error());
        return;
    }
    emit notice(tr("Plan of %1 approved. Letter: %2")
                    .arg(m_card.debtor.displayName, QDir::toNativeSeparators(letter.value())));
}

Result<QString> DebtorCardView::writePlanLetter(const QString& planId)
{
    auto path = PlanLetter::writeForPlan(m_db, m_clock, m_card, planId, m_lettersDir);
    if (path)
        m_lastLetter = *path;
    return path;
}

void DebtorCardView::rejectPlan()
{
    const QString planId = pendingPlanId();
    if (planId.isEmpty())
        return;
    auto* dialog = new RejectPlanDialog(
        tr("Reject the plan"),
        [this, planId](const QString& reason) {
            return PlanRepository(m_db, m_clock)
                .decide(m_session, planId, PlanRepository::Decision::Reject, reason);
        },
        this);
    const QString name = m_card.debtor.displayName;
    openDialog(dialog, [name] { return tr("Plan of %1 rejected.").arg(name); });
}

void DebtorCardView::accessRequest()
{
    if (MessageBox::question(
            this, tr("Access request"),
            tr("Write everything Ascolto holds about %1 (registry data, bills, payments, calls "
               "and notes, plans, complaints, surveys and the operations on them) as a PDF and "
               "a JSON file? The request is recorded.")
                .arg(m_card.debtor.displayName),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    const auto data = SubjectAccess::collect(m_db, m_clock, m_session, m_debtorId);
    Result<QStringList> files =
        data ? SubjectAccessReport::write(
                   data.value(), m_lettersDir.isEmpty() ? QDir::tempPath() : m_lettersDir,
                   QStringLiteral("access-%1-%2")
                       .arg(m_card.debtor.customerCode,
                            m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))))
             : Result<QStringList>(data.status());
    if (!files) {
        MessageBox::warning(this, tr("Access request"), files.error());
        return;
    }
    m_lastAccessFiles = files.value();
    emit notice(
        tr("Data held about %1 written to %2")
            .arg(m_card.debtor.displayName, QDir::toNativeSeparators(m_lastAccessFiles.value(1))));
}

void DebtorCardView::rectifyDetails()
{
    const auto debtor = DebtorRepository(m_db, m_clock).find(m_session, m_debtorId);
    if (!debtor) {
        MessageBox::warning(this, tr("Correct details"), debtor.error());
        return;
    }
    auto* dialog = new DebtorDetailsDialog(
        debtor.value(), m_clock.today(),
        [this](const DebtorRecord& corrected) {
            return DebtorRepository(m_db, m_clock).rectify(m_session, corrected);
        },
        this);
    openDialog(dialog, [this, dialog] {
        return dialog->changed().isEmpty()
                   ? tr("Nothing to correct for %1.").arg(m_card.debtor.displayName)
                   : tr("Details of %1 corrected (%n field(s)).", nullptr,
                        int(dialog->changed().size()))
                         .arg(m_card.debtor.displayName);
    });
}

void DebtorCardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

} // namespace ascolto
