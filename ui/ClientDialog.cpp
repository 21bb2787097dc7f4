#include "ClientDialog.h"

#include "io/CallCatalog.h"
#include "itemmodels/CodeText.h"
#include "storage/ClientRepository.h"
#include "storage/Session.h"
#include "storage/UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <cmath>

namespace ascolto {

namespace {

QSpinBox* spin(const char* name, int min, int max)
{
    auto* s = new QSpinBox;
    s->setObjectName(QLatin1String(name));
    s->setRange(min, max);
    return s;
}

QLineEdit* line(const char* name)
{
    auto* e = new QLineEdit;
    e->setObjectName(QLatin1String(name));
    return e;
}

QTimeEdit* time(const char* name)
{
    auto* t = new QTimeEdit;
    t->setObjectName(QLatin1String(name));
    t->setDisplayFormat(QStringLiteral("HH:mm"));
    return t;
}

// Amounts and percentages are typed and shown as Italians write them, in both languages
// (DESIGN.md §8): "1.234,56", "12,5".
const QLocale& italian()
{
    static const QLocale locale(QLocale::Italian, QLocale::Italy);
    return locale;
}

QString percentText(int bp)
{
    return italian().toString(bp / 100.0, 'g', 4);
}

} // namespace

ClientDialog::ClientDialog(Database& db, const Clock& clock, const Session& session,
                           const QString& scriptsDir, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_scriptsDir(scriptsDir)
{
    setObjectName(QStringLiteral("ClientDialog"));
    setWindowTitle(tr("Client"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(identityPage(), tr("Client"));
    m_tabs->addTab(mandatePage(), tr("Mandate"));
    m_tabs->addTab(contactPage(), tr("Contact rules"));
    m_tabs->addTab(ladderPage(), tr("Escalation ladder"));
    m_tabs->addTab(channelsPage(), tr("Payments, assignment, scripts"));
    m_formError = new QLabel;
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_formError->setWordWrap(true);
    m_formError->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClientDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_formError);
    layout->addWidget(m_buttons);
    setDraft(ClientConfig());
    resize(760, 560);
}

QLabel* ClientDialog::errorLabel(const QString& field)
{
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("error_") + field);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

QWidget* ClientDialog::identityPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    const auto row = [&](const QString& label, QWidget* w, const char* field) {
        form->addRow(label, w);
        form->addRow(QString(), errorLabel(QLatin1String(field)));
    };
    row(tr("Code"), m_code = line("code"), "code");
    row(tr("Name"), m_name = line("name"), "name");
    row(tr("Partita IVA"), m_vat = line("vat_number"), "vat_number");
    row(tr("IBAN for bank transfers"), m_iban = line("iban"), "iban");
    row(tr("PagoPA creditor code"), m_creditor = line("pagopa_creditor_code"),
        "pagopa_creditor_code");
    row(tr("Customer service phone"), m_phone = line("support_phone"), "support_phone");
    row(tr("Customer service e-mail"), m_email = line("support_email"), "support_email");
    m_code->setPlaceholderText(tr("e.g. ACQUA-NORD"));
    return page;
}

QWidget* ClientDialog::mandatePage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    const auto row = [&](const QString& label, QWidget* w, const char* field) {
        form->addRow(label, w);
        form->addRow(QString(), errorLabel(QLatin1String(field)));
    };
    row(tr("Most installments"), m_maxInstallments = spin("max_installments", 0, 999),
        "max_installments");
    row(tr("Smallest installment (€)"), m_minInstallment = line("min_installment"),
        "min_installment");
    row(tr("Longest plan (months)"), m_maxPlanMonths = spin("max_plan_months", 0, 999),
        "max_plan_months");
    row(tr("Operator's discount authority (%)"), m_operatorDiscount = line("operator_discount"),
        "operator_discount");
    row(tr("Team lead's discount authority (%)"), m_teamLeadDiscount = line("teamlead_discount"),
        "teamlead_discount");
    row(tr("Protected minimum for living (€)"), m_protectedMinimum = line("protected_minimum"),
        "protected_minimum");
    row(tr("Missed installments that break a plan"),
        m_missedToBreak = spin("missed_installments_to_break", 0, 99),
        "missed_installments_to_break");
    row(tr("Days late that break a plan"), m_daysLateToBreak = spin("days_late_to_break", 0, 999),
        "days_late_to_break");
    row(tr("Formal notice not before (days after due)"),
        m_formalNoticeDays = spin("formal_notice_days", 0, 999), "formal_notice_days");
    // The end of the mandate: the client's debtors may be erased once the retention has
    // passed (ascolto-cli client erase; storage/Erasure).
    auto* ended = new QHBoxLayout;
    ended->addWidget(m_mandateEnded = new QCheckBox(tr("Mandate ended on")));
    m_mandateEnded->setObjectName(QStringLiteral("mandate_ended"));
    ended->addWidget(m_mandateEnd = new QDateEdit);
    m_mandateEnd->setObjectName(QStringLiteral("mandate_ended_on"));
    m_mandateEnd->setCalendarPopup(true);
    m_mandateEnd->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_mandateEnd->setEnabled(false);
    ended->addStretch();
    connect(m_mandateEnded, &QCheckBox::toggled, m_mandateEnd, &QWidget::setEnabled);
    form->addRow(tr("End of the mandate"), ended);
    form->addRow(tr("Keep the debtors after it (months)"),
                 m_retention = spin("retention_months", 0, 999));
    m_retention->setToolTip(tr("When this time has passed since the end of the mandate, an "
                               "administrator erases the client's debtors from every office "
                               "(ascolto-cli client erase)."));
    form->addRow(QString(), errorLabel(QStringLiteral("retention_months")));
    // The contract, for the commission statement of the client's periodic report.
    row(tr("Management fee per month (€)"), m_monthlyFee = line("monthly_fee"), "monthly_fee");
    row(tr("Success fee (% of what is collected)"), m_successFee = line("success_fee"),
        "success_fee");
    m_reportLanguage = new QComboBox;
    m_reportLanguage->setObjectName(QStringLiteral("report_language"));
    m_reportLanguage->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    m_reportLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    row(tr("Language of the client's reports"), m_reportLanguage, "report_language");
    return page;
}

QWidget* ClientDialog::contactPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    auto* weekdays = new QHBoxLayout;
    weekdays->addWidget(m_weekdayStart = time("weekday_start"));
    weekdays->addWidget(new QLabel(tr("to")));
    weekdays->addWidget(m_weekdayEnd = time("weekday_end"));
    weekdays->addStretch();
    auto* saturday = new QHBoxLayout;
    saturday->addWidget(m_saturdayStart = time("saturday_start"));
    saturday->addWidget(new QLabel(tr("to")));
    saturday->addWidget(m_saturdayEnd = time("saturday_end"));
    saturday->addStretch();
    form->addRow(tr("Monday to Friday"), weekdays);
    form->addRow(QString(), errorLabel(QStringLiteral("weekdays")));
    form->addRow(tr("Saturday"), saturday);
    form->addRow(QString(), errorLabel(QStringLiteral("saturday")));
    auto* note = new QLabel(tr("No calls on Sundays and national holidays (code of conduct)."));
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(tr("Conversations per debtor per day"),
                 m_conversations = spin("max_conversations_per_day", 0, 99));
    form->addRow(QString(), errorLabel(QStringLiteral("max_conversations_per_day")));
    form->addRow(tr("Caring calls start (days before due)"),
                 m_caringDays = spin("caring_window_days", 0, 999));
    form->addRow(QString(), errorLabel(QStringLiteral("caring_window_days")));
    form->addRow(tr("Lock an idle window after (minutes)"),
                 m_idleLock = spin("idle_lock_minutes", 0, 999));
    form->addRow(QString(), errorLabel(QStringLiteral("idle_lock_minutes")));
    return page;
}

QWidget* ClientDialog::ladderPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Softest first: each stage starts the given number of days after "
                                "the oldest unpaid due date."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_ladder = new QTableWidget(0, 2);
    m_ladder->setObjectName(QStringLiteral("ladder"));
    m_ladder->setHorizontalHeaderLabels({tr("Stage"), tr("From day")});
    m_ladder->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ladder->verticalHeader()->setDefaultSectionSize(30);
    layout->addWidget(m_ladder);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add step"));
    add->setObjectName(QStringLiteral("addStep"));
    auto* remove = new QPushButton(tr("Remove step"));
    remove->setObjectName(QStringLiteral("removeStep"));
    connect(add, &QPushButton::clicked, this,
            [this] { addLadderRow(QStringLiteral("reminder"), 1); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_ladder->currentRow() >= 0)
            m_ladder->removeRow(m_ladder->currentRow());
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(errorLabel(QStringLiteral("ladder")));
    return page;
}

void ClientDialog::addLadderRow(const QString& stage, int days)
{
    const int row = m_ladder->rowCount();
    m_ladder->insertRow(row);
    auto* combo = new QComboBox;
    for (const QString& code : EscalationLadder::stageCodes())
        if (code != QLatin1String("caring"))
            combo->addItem(EscalationLadder::displayName(code), code);
    combo->setCurrentIndex(std::max(0, combo->findData(stage)));
    m_ladder->setCellWidget(row, 0, combo);
    auto* d = new QSpinBox;
    d->setRange(0, 999);
    d->setValue(days);
    m_ladder->setCellWidget(row, 1, d);
}

QWidget* ClientDialog::channelsPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Payment channels the client accepts:")));
    auto* channels = new QHBoxLayout;
    for (const QString& code : ClientConfig::paymentChannelCodes()) {
        auto* box = new QCheckBox(CodeText::paymentChannel(code));
        box->setObjectName(QStringLiteral("channel_") + code);
        m_channels.insert(code, box);
        channels->addWidget(box);
    }
    channels->addStretch();
    layout->addLayout(channels);
    layout->addWidget(errorLabel(QStringLiteral("payment_channels")));

    auto* ruleRow = new QHBoxLayout;
    ruleRow->addWidget(new QLabel(tr("Debtors nobody owns yet go to:")));
    m_rule = new QComboBox;
    m_rule->setObjectName(QStringLiteral("assignment_rule"));
    for (auto kind : {AssignmentRule::Kind::BalancedCount, AssignmentRule::Kind::BalancedAmount,
                      AssignmentRule::Kind::Provinces})
        m_rule->addItem(AssignmentRule::kindName(kind), int(kind));
    ruleRow->addWidget(m_rule, 1);
    layout->addLayout(ruleRow);
    m_provinces = new QTableWidget(0, 2);
    m_provinces->setObjectName(QStringLiteral("provinces"));
    m_provinces->setHorizontalHeaderLabels({tr("Operator"), tr("Provinces (MI, MB...)")});
    m_provinces->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_provinces->setMaximumHeight(140);
    layout->addWidget(m_provinces);
    auto* note = new QLabel(tr("A debtor already assigned never moves: that is a reassignment, "
                               "with a handover note."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(errorLabel(QStringLiteral("assignment")));
    connect(m_rule, &QComboBox::currentIndexChanged, this, &ClientDialog::updateProvinceTable);

    auto* scripts = new QHBoxLayout;
    auto* load = new QPushButton(tr("Load call scripts or templates..."));
    load->setObjectName(QStringLiteral("loadScripts"));
    connect(load, &QPushButton::clicked, this, &ClientDialog::loadScriptFile);
    scripts->addWidget(load);
    m_scriptStatus = new QLabel;
    m_scriptStatus->setObjectName(QStringLiteral("scriptStatus"));
    m_scriptStatus->setWordWrap(true);
    scripts->addWidget(m_scriptStatus, 1);
    layout->addLayout(scripts);
    layout->addStretch();
    return page;
}

QStringList ClientDialog::operatorNames() const
{
    return UserRepository(m_db, m_clock).operatorNames(m_clientId);
}

void ClientDialog::updateProvinceTable()
{
    const bool byProvince =
        AssignmentRule::Kind(m_rule->currentData().toInt()) == AssignmentRule::Kind::Provinces;
    m_provinces->setVisible(byProvince);
}

void ClientDialog::load(const QString& clientId)
{
    const auto config = ClientRepository(m_db, m_clock).configById(clientId);
    if (!config)
        return;
    m_clientId = clientId;
    m_code->setReadOnly(true); // the code names folders and files: fixed once created
    setDraft(config.value());
}

void ClientDialog::setDraft(const ClientConfig& config)
{
    const ClientRecord& c = config.client;
    const MandateRules& r = c.rules;
    const QLocale& locale = italian();
    m_code->setText(c.code);
    m_name->setText(c.name);
    m_vat->setText(c.vatNumber);
    m_iban->setText(c.iban);
    m_creditor->setText(c.pagopaCreditorCode);
    m_phone->setText(c.supportPhone);
    m_email->setText(c.supportEmail);
    m_maxInstallments->setValue(r.maxInstallments);
    m_minInstallment->setText(r.minInstallment.formatPlain(locale));
    m_maxPlanMonths->setValue(r.maxPlanMonths);
    m_operatorDiscount->setText(percentText(r.operatorDiscountBp));
    m_teamLeadDiscount->setText(percentText(r.teamLeadDiscountBp));
    m_protectedMinimum->setText(r.protectedMinimum.formatPlain(locale));
    m_missedToBreak->setValue(r.missedInstallmentsToBreak);
    m_daysLateToBreak->setValue(r.daysLateToBreak);
    m_formalNoticeDays->setValue(r.formalNoticeDays);
    m_caringDays->setValue(r.caringWindowDays);
    m_conversations->setValue(r.maxConversationsPerDay);
    m_idleLock->setValue(config.client.idleLockMinutes);
    m_mandateEnded->setChecked(config.client.mandateEndedOn.isValid());
    m_mandateEnd->setDate(config.client.mandateEndedOn.isValid() ? config.client.mandateEndedOn
                                                                 : m_clock.today());
    m_retention->setValue(config.client.retentionMonths);
    m_monthlyFee->setText(c.monthlyFee.formatPlain(locale));
    m_successFee->setText(percentText(c.successFeeBp));
    m_reportLanguage->setCurrentIndex(std::max(0, m_reportLanguage->findData(c.reportLanguage)));
    m_weekdayStart->setTime(config.windows.weekdayStart);
    m_weekdayEnd->setTime(config.windows.weekdayEnd);
    m_saturdayStart->setTime(config.windows.saturdayStart);
    m_saturdayEnd->setTime(config.windows.saturdayEnd);
    m_ladder->setRowCount(0);
    for (const auto& step : config.ladder)
        addLadderRow(step.stage, step.days);
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it)
        it.value()->setChecked(config.paymentChannels.contains(it.key()));
    m_rule->setCurrentIndex(std::max(0, m_rule->findData(int(config.assignment.kind))));
    QStringList names = operatorNames();
    for (auto it = config.assignment.provinces.cbegin(); it != config.assignment.provinces.cend();
         ++it)
        if (!names.contains(it.key()))
            names << it.key();
    m_provinces->setRowCount(0);
    for (const QString& name : names) {
        const int row = m_provinces->rowCount();
        m_provinces->insertRow(row);
        auto* who = new QTableWidgetItem(name);
        who->setFlags(who->flags() & ~Qt::ItemIsEditable);
        m_provinces->setItem(row, 0, who);
        m_provinces->setItem(row, 1,
                             new QTableWidgetItem(config.assignment.provinces.value(name).join(
                                 QStringLiteral(", "))));
    }
    updateProvinceTable();
}

ClientConfig ClientDialog::draft() const
{
    ClientConfig config;
    ClientRecord& c = config.client;
    MandateRules& r = c.rules;
    c.id = m_clientId;
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.vatNumber = m_vat->text().trimmed();
    c.iban = m_iban->text().trimmed();
    c.pagopaCreditorCode = m_creditor->text().trimmed();
    c.supportPhone = m_phone->text().trimmed();
    c.supportEmail = m_email->text().trimmed();
    r.maxInstallments = m_maxInstallments->value();
    r.maxPlanMonths = m_maxPlanMonths->value();
    r.missedInstallmentsToBreak = m_missedToBreak->value();
    r.daysLateToBreak = m_daysLateToBreak->value();
    r.formalNoticeDays = m_formalNoticeDays->value();
    r.caringWindowDays = m_caringDays->value();
    r.maxConversationsPerDay = m_conversations->value();
    c.idleLockMinutes = m_idleLock->value();
    c.mandateEndedOn = m_mandateEnded->isChecked() ? m_mandateEnd->date() : QDate();
    c.retentionMonths = m_retention->value();
    // Unreadable amounts and percentages become out-of-range values that check() names.
    const auto money = [](const QLineEdit* e) {
        const auto m = Money::parse(e->text());
        return m ? m.value() : Money::fromCents(-1);
    };
    const auto percent = [](const QLineEdit* e) {
        bool ok = false;
        QString text = e->text().trimmed();
        text.remove(QLatin1Char('%'));
        double v = italian().toDouble(text.trimmed(), &ok);
        if (!ok)
            v = QLocale::c().toDouble(text.trimmed(), &ok);
        return ok ? int(std::lround(v * 100.0)) : -1;
    };
    r.minInstallment = money(m_minInstallment);
    r.protectedMinimum = money(m_protectedMinimum);
    r.operatorDiscountBp = percent(m_operatorDiscount);
    r.teamLeadDiscountBp = percent(m_teamLeadDiscount);
    c.monthlyFee = money(m_monthlyFee);
    c.successFeeBp = percent(m_successFee);
    c.reportLanguage = m_reportLanguage->currentData().toString();
    config.windows.weekdayStart = m_weekdayStart->time();
    config.windows.weekdayEnd = m_weekdayEnd->time();
    config.windows.saturdayStart = m_saturdayStart->time();
    config.windows.saturdayEnd = m_saturdayEnd->time();
    config.ladder.clear();
    for (int row = 0; row < m_ladder->rowCount(); ++row) {
        const auto* stage = qobject_cast<QComboBox*>(m_ladder->cellWidget(row, 0));
        const auto* days = qobject_cast<QSpinBox*>(m_ladder->cellWidget(row, 1));
        if (stage && days)
            config.ladder.push_back({stage->currentData().toString(), days->value()});
    }
    config.paymentChannels.clear();
    for (const QString& code : ClientConfig::paymentChannelCodes())
        if (m_channels.value(code)->isChecked())
            config.paymentChannels << code;
    config.assignment.kind = AssignmentRule::Kind(m_rule->currentData().toInt());
    if (config.assignment.kind == AssignmentRule::Kind::Provinces) {
        for (int row = 0; row < m_provinces->rowCount(); ++row) {
            QStringList list;
            const QString text =
                m_provinces->item(row, 1) ? m_provinces->item(row, 1)->text() : QString();
            for (const QString& p :
                 text.split(QRegularExpression(QStringLiteral("[,; ]+")), Qt::SkipEmptyParts))
                list << p.trimmed().toUpper();
            if (!list.isEmpty())
                config.assignment.provinces.insert(m_provinces->item(row, 0)->text(), list);
        }
    }
    return config;
}

void ClientDialog::showProblems(const QVector<ClientConfig::Problem>& problems)
{
    QHash<QString, QStringList> byField;
    for (const auto& p : problems)
        byField[p.field] << p.message;
    int firstTab = -1;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
        if (!messages.isEmpty()) {
            for (int t = 0; t < m_tabs->count(); ++t)
                if (m_tabs->widget(t)->isAncestorOf(it.value()) && (firstTab < 0 || t < firstTab))
                    firstTab = t;
        }
    }
    // Every tab holding a problem says so, so none is missed.
    for (int t = 0; t < m_tabs->count(); ++t) {
        bool marked = false;
        for (auto it = m_errors.cbegin(); it != m_errors.cend() && !marked; ++it)
            marked = !it.value()->isHidden() && m_tabs->widget(t)->isAncestorOf(it.value());
        m_tabs->setTabIcon(t,
                           marked ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
    if (firstTab >= 0)
        m_tabs->setCurrentIndex(firstTab);
}

QHash<QString, QString> ClientDialog::shownProblems() const
{
    QHash<QString, QString> out;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        if (!it.value()->isHidden() && !it.value()->text().isEmpty())
            out.insert(it.key(), it.value()->text());
    if (!m_formError->isHidden())
        out.insert(QStringLiteral("form"), m_formError->text());
    return out;
}

void ClientDialog::loadScriptFile()
{
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        m_scriptStatus->setText(tr("Give the client a code first."));
        return;
    }
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Client's call scripts or templates"), QString(),
                                     tr("Scripts and templates (calls_*.json education_*.json)"));
    if (file.isEmpty())
        return;
    const Status s = CallCatalog::installClientFile(file, code, m_scriptsDir);
    m_scriptStatus->setText(
        s ? tr("%1 checked and installed for %2.").arg(QFileInfo(file).fileName(), code)
          : s.error());
}

void ClientDialog::accept()
{
    const ClientConfig config = draft();
    const auto problems = config.check(operatorNames());
    showProblems(problems);
    if (!problems.isEmpty()) {
        m_formError->hide();
        return;
    }
    const auto saved = ClientRepository(m_db, m_clock).save(m_session, config);
    if (!saved) {
        m_formError->setText(saved.error());
        m_formError->show();
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace ascolto
