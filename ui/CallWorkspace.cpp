#include "CallWorkspace.h"

#include "DateField.h"
#include "MessageBox.h"

#include "domain/CallOutcome.h"
#include "itemmodels/CodeText.h"
#include "storage/InteractionRepository.h"
#include "storage/PaymentRepository.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ascolto {

namespace {
// Purposes a call can have: every interaction purpose but written education and "other".
QStringList callPurposes()
{
    QStringList p = InteractionRepository::purposes();
    p.removeAll(QStringLiteral("education"));
    p.removeAll(QStringLiteral("other"));
    return p;
}

void selectData(QComboBox* box, const QVariant& data)
{
    const int i = box->findData(data);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

QComboBox* scoreBox(QWidget* parent, const char* name, int from, int to)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->addItem(QStringLiteral("—"), from == 0 ? -1 : 0);
    for (int i = from; i <= to; ++i)
        box->addItem(QString::number(i), i);
    return box;
}
} // namespace

CallWorkspace::CallWorkspace(Database& db, const Clock& clock, Session session, Setup setup,
                             CallState state, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
    , m_setup(std::move(setup))
    , m_state(std::move(state))
    , m_tick(new QTimer(this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("CallWorkspace"));
    build();
    m_elapsedBase = m_state.elapsedSeconds;
    m_elapsed.start();
    const bool fresh = m_state.draftId.isEmpty();
    loadState();
    if (fresh)
        recheckRules();
    retranslate();
    showStep();
    connect(m_tick, &QTimer::timeout, this, &CallWorkspace::tick);
    m_tick->start(1000);
    m_draftTimer->setSingleShot(true);
    // Coalesces a burst of changes into one write at the next turn of the event loop: a
    // keystroke is on disk before the next one is read.
    m_draftTimer->setInterval(0);
    connect(m_draftTimer, &QTimer::timeout, this, [this] {
        if (Status s = saveDraftNow(); !s)
            m_error->setText(s.error());
    });
    tick();
    if (fresh)
        saveDraftNow();
}

void CallWorkspace::build()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("callTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("callTimer"));
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("callPurpose"));
    for (const QString& p : callPurposes())
        m_purpose->addItem(QString(), p);
    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("callContact"));
    m_contact->addItem(QString(), QString());
    for (const ContactRecord& c : m_setup.card.debtor.contacts)
        if (c.kind == QLatin1String("phone"))
            m_contact->addItem(QString(), c.id);

    m_blocked = new QFrame(this);
    m_blocked->setObjectName(QStringLiteral("callBlocked"));
    m_blocked->setFrameShape(QFrame::StyledPanel);
    m_blocked->setStyleSheet(QStringLiteral("QFrame#callBlocked { background: #fff4e5; }"));
    m_blockedText = new QLabel(m_blocked);
    m_blockedText->setWordWrap(true);
    m_override = new QLineEdit(m_blocked);
    m_override->setObjectName(QStringLiteral("callOverride"));
    m_proceed = new QPushButton(m_blocked);
    m_proceed->setObjectName(QStringLiteral("callProceed"));
    auto* blockedLayout = new QGridLayout(m_blocked);
    blockedLayout->addWidget(m_blockedText, 0, 0, 1, 2);
    blockedLayout->addWidget(m_override, 1, 0);
    blockedLayout->addWidget(m_proceed, 1, 1);

    m_body = new QWidget(this);
    m_identityYes = new QPushButton(m_body);
    m_identityYes->setObjectName(QStringLiteral("callIdentityConfirmed"));
    m_identityNo = new QPushButton(m_body);
    m_identityNo->setObjectName(QStringLiteral("callThirdParty"));
    m_identityState = new QLabel(m_body);
    m_identityState->setObjectName(QStringLiteral("callIdentityState"));
    m_relation = new QComboBox(m_body);
    m_relation->setObjectName(QStringLiteral("callThirdPartyRelation"));
    m_relation->addItem(QString(), QString());
    for (const QString& r : CallState::thirdPartyRelations())
        m_relation->addItem(QString(), r);
    m_steps = new QListWidget(m_body);
    m_steps->setObjectName(QStringLiteral("callSteps"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_stepText = new QTextBrowser(m_body);
    m_stepText->setObjectName(QStringLiteral("callStepText"));
    m_stepText->setFocusPolicy(Qt::NoFocus);

    m_tabs = new QTabWidget(m_body);
    m_tabs->setObjectName(QStringLiteral("callTabs"));
    // Empathy
    auto* empathy = new QWidget(m_tabs);
    m_emotions = new QButtonGroup(this);
    auto* emotionRow = new QGridLayout;
    const QStringList emotions = InteractionRepository::emotions();
    for (int i = 0; i < emotions.size(); ++i) {
        auto* b = new QRadioButton(empathy);
        b->setObjectName(QStringLiteral("emotion_") + emotions.at(i));
        b->setFocusPolicy(Qt::NoFocus);
        m_emotions->addButton(b, i);
        emotionRow->addWidget(b, i / 3, i % 3);
    }
    m_guidance = new QLabel(empathy);
    m_guidance->setObjectName(QStringLiteral("callGuidance"));
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::RichText);
    auto* checks = new QGridLayout;
    const QStringList items = CallState::checklistItems();
    for (int i = 0; i < items.size(); ++i) {
        auto* c = new QCheckBox(empathy);
        c->setObjectName(QStringLiteral("check_") + items.at(i));
        c->setFocusPolicy(Qt::NoFocus);
        m_checks << c;
        checks->addWidget(c, i / 2, i % 2);
        connect(c, &QCheckBox::toggled, this, &CallWorkspace::changed);
    }
    m_vulnerability = new QPushButton(empathy);
    m_vulnerability->setObjectName(QStringLiteral("callVulnerability"));
    m_vulnerabilityState = new QLabel(empathy);
    m_vulnerabilityState->setWordWrap(true);
    auto* empathyLayout = new QVBoxLayout(empathy);
    empathyLayout->addLayout(emotionRow);
    empathyLayout->addWidget(m_guidance, 1);
    empathyLayout->addLayout(checks);
    auto* vulnerabilityRow = new QHBoxLayout;
    vulnerabilityRow->addWidget(m_vulnerability);
    vulnerabilityRow->addWidget(m_vulnerabilityState, 1);
    empathyLayout->addLayout(vulnerabilityRow);
    m_tabs->addTab(empathy, QString());

    // Notes and outcome
    auto* notes = new QWidget(m_tabs);
    m_reason = new QComboBox(notes);
    m_reason->setObjectName(QStringLiteral("callReason"));
    m_reason->addItem(QString(), QString());
    for (const QString& r : InteractionRepository::nonpaymentReasons())
        m_reason->addItem(QString(), r);
    m_outcome = new QComboBox(notes);
    m_outcome->setObjectName(QStringLiteral("callOutcome"));
    m_outcome->addItem(QString(), QString());
    for (const QString& o : CallOutcome::callOutcomes())
        m_outcome->addItem(QString(), o);
    m_notes = new QPlainTextEdit(notes);
    m_notes->setObjectName(QStringLiteral("callNotes"));
    m_notes->setTabChangesFocus(true);
    m_nextAction = new QComboBox(notes);
    m_nextAction->setObjectName(QStringLiteral("callNextAction"));
    for (const QString& a : CallState::nextActions())
        m_nextAction->addItem(QString(), a);
    m_nextAt = new DateField(DateField::Mode::DateTime, notes);
    m_nextAt->setObjectName(QStringLiteral("callNextAt"));
    m_nextAt->setToday(m_setup.nowLocal.date());
    m_nextAt->setDateTime(QDateTime(m_setup.nowLocal.date().addDays(1), QTime(10, 0)));
    m_promiseAmount = new QLineEdit(notes);
    m_promiseAmount->setObjectName(QStringLiteral("callPromiseAmount"));
    m_promiseDate = new DateField(DateField::Mode::Date, notes); // empty: no promise yet
    m_promiseDate->setObjectName(QStringLiteral("callPromiseDate"));
    m_promiseDate->setToday(m_setup.nowLocal.date());
    m_promiseChannel = new QComboBox(notes);
    m_promiseChannel->setObjectName(QStringLiteral("callPromiseChannel"));
    m_promiseChannel->addItem(QString(), QString());
    for (const QString& c : PaymentRepository::channels())
        m_promiseChannel->addItem(QString(), c);
    m_optOut = new QCheckBox(notes);
    m_optOut->setObjectName(QStringLiteral("callOptOut"));
    auto* form = new QFormLayout(notes);
    form->addRow(QStringLiteral("reason"), m_reason);
    form->addRow(QStringLiteral("outcome"), m_outcome);
    form->addRow(QStringLiteral("notes"), m_notes);
    auto* nextRow = new QHBoxLayout;
    nextRow->addWidget(m_nextAction);
    nextRow->addWidget(m_nextAt, 1);
    form->addRow(QStringLiteral("next"), nextRow);
    auto* promiseRow = new QHBoxLayout;
    promiseRow->addWidget(m_promiseAmount);
    promiseRow->addWidget(m_promiseDate);
    promiseRow->addWidget(m_promiseChannel);
    form->addRow(QStringLiteral("promise"), promiseRow);
    form->addRow(QString(), m_optOut);
    m_tabs->addTab(notes, QString());

    // Satisfaction
    auto* survey = new QWidget(m_tabs);
    m_csat = scoreBox(survey, "callCsat", 1, 5);
    m_ces = scoreBox(survey, "callCes", 1, 7);
    m_nps = scoreBox(survey, "callNps", 0, 10);
    m_surveyComment = new QLineEdit(survey);
    m_surveyComment->setObjectName(QStringLiteral("callSurveyComment"));
    auto* surveyForm = new QFormLayout(survey);
    surveyForm->addRow(QStringLiteral("csat"), m_csat);
    surveyForm->addRow(QStringLiteral("ces"), m_ces);
    surveyForm->addRow(QStringLiteral("nps"), m_nps);
    surveyForm->addRow(QStringLiteral("comment"), m_surveyComment);
    m_tabs->addTab(survey, QString());

    auto* identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identityYes);
    identityRow->addWidget(m_identityNo);
    identityRow->addWidget(m_relation);
    identityRow->addWidget(m_identityState, 1);
    auto* script = new QSplitter(Qt::Horizontal, m_body);
    script->addWidget(m_steps);
    script->addWidget(m_stepText);
    script->setStretchFactor(1, 3);
    auto* split = new QSplitter(Qt::Vertical, m_body);
    split->addWidget(script);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(identityRow);
    bodyLayout->addWidget(split, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("callError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("callSave"));
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("callDiscard"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_timer);
    auto* choice = new QHBoxLayout;
    choice->addWidget(m_purpose, 1);
    choice->addWidget(m_contact, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addLayout(choice);
    layout->addWidget(m_blocked);
    layout->addWidget(m_body, 1);
    layout->addLayout(buttons);

    // Keyboard first: every action of the call has a key.
    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* a = new QAction(this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { moveStep(1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { moveStep(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Y),
             [this] { setIdentity(CallState::Identity::Confirmed); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_T),
             [this] { setIdentity(CallState::Identity::ThirdParty); });
    for (int i = 0; i < emotions.size(); ++i)
        shortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)),
                 [this, e = emotions.at(i)] { setEmotion(e); });
    for (int i = 0; i < m_checks.size(); ++i)
        shortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), [this, i] {
            if (m_body->isEnabled())
                m_checks.at(i)->toggle();
        });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_V), &CallWorkspace::openVulnerability);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_E), [this] { m_tabs->setCurrentIndex(0); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_N), [this] {
        m_tabs->setCurrentIndex(1);
        m_notes->setFocus();
    });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_S), [this] {
        m_tabs->setCurrentIndex(2);
        m_csat->setFocus();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace), &CallWorkspace::discard);

    // Combos size to a short minimum so the call fits beside the card on a laptop screen.
    for (QComboBox* box : findChildren<QComboBox*>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_csat || box == m_ces || box == m_nps ? 4 : 14);
    }
    connect(m_proceed, &QPushButton::clicked, this, &CallWorkspace::proceedAnyway);
    connect(m_override, &QLineEdit::returnPressed, this, &CallWorkspace::proceedAnyway);
    connect(m_identityYes, &QPushButton::clicked, this,
            [this] { setIdentity(CallState::Identity::Confirmed); });
    connect(m_identityNo, &QPushButton::clicked, this,
            [this] { setIdentity(CallState::Identity::ThirdParty); });
    connect(m_emotions, &QButtonGroup::idClicked, this,
            [this, emotions](int id) { setEmotion(emotions.value(id)); });
    connect(m_vulnerability, &QPushButton::clicked, this, &CallWorkspace::openVulnerability);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_discard, &QPushButton::clicked, this, &CallWorkspace::discard);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_state.purpose = m_purpose->currentData().toString();
        m_state.step = 0;
        recheckRules();
        showStep();
        changed();
    });
    connect(m_contact, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_state.contactId = m_contact->currentData().toString();
        recheckRules();
        changed();
    });
    for (QComboBox* box :
         {m_reason, m_outcome, m_nextAction, m_promiseChannel, m_relation, m_csat, m_ces, m_nps})
        connect(box, &QComboBox::currentIndexChanged, this, &CallWorkspace::changed);
    connect(m_nextAction, &QComboBox::currentIndexChanged, this, [this] {
        const QString a = m_nextAction->currentData().toString();
        m_nextAt->setEnabled(a == QLatin1String("callback") || a == QLatin1String("reminder"));
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CallWorkspace::changed);
    for (QLineEdit* e : {m_promiseAmount, m_surveyComment, m_override})
        connect(e, &QLineEdit::textChanged, this, &CallWorkspace::changed);
    connect(m_nextAt, &DateField::changed, this, &CallWorkspace::changed);
    connect(m_promiseDate, &DateField::changed, this, &CallWorkspace::changed);
    connect(m_optOut, &QCheckBox::toggled, this, &CallWorkspace::changed);
}

void CallWorkspace::loadState()
{
    m_loading = true;
    selectData(m_purpose, m_state.purpose);
    if (m_purpose->currentData().toString() != m_state.purpose)
        m_state.purpose = m_purpose->currentData().toString();
    if (m_state.contactId.isEmpty()) {
        // Propose the debtor's own verified number, preferred first.
        for (const ContactRecord& c : m_setup.card.debtor.contacts)
            if (c.kind == QLatin1String("phone") && c.owner == QLatin1String("debtor") &&
                c.verified && !c.optOut && (m_state.contactId.isEmpty() || c.preferred))
                m_state.contactId = c.id;
    }
    selectData(m_contact, m_state.contactId);
    m_override->setText(m_state.overrideReason);
    const QStringList emotions = InteractionRepository::emotions();
    if (QAbstractButton* b = m_emotions->button(emotions.indexOf(m_state.emotion)))
        b->setChecked(true);
    const QStringList items = CallState::checklistItems();
    for (int i = 0; i < items.size(); ++i)
        m_checks.at(i)->setChecked(m_state.checklist.contains(items.at(i)));
    selectData(m_relation, m_state.thirdPartyRelation);
    selectData(m_reason, m_state.nonpaymentReason);
    selectData(m_outcome, m_state.outcome);
    m_notes->setPlainText(m_state.notes);
    selectData(m_nextAction, m_state.nextAction);
    m_nextAt->setEnabled(m_state.nextAction == QLatin1String("callback") ||
                         m_state.nextAction == QLatin1String("reminder"));
    if (m_state.nextAt.isValid())
        m_nextAt->setDateTime(m_state.nextAt);
    if (m_state.promiseAmount > Money())
        m_promiseAmount->setText(m_state.promiseAmount.formatPlain(QLocale(), false));
    m_promiseDate->setDate(m_state.promiseDate);
    selectData(m_promiseChannel, m_state.promiseChannel);
    m_optOut->setChecked(m_state.optOutRequested);
    selectData(m_csat, m_state.csat);
    selectData(m_ces, m_state.ces);
    selectData(m_nps, m_state.nps);
    m_surveyComment->setText(m_state.surveyComment);
    m_loading = false;
}

void CallWorkspace::collect()
{
    m_state.elapsedSeconds = m_elapsedBase + int(m_elapsed.elapsed() / 1000);
    m_state.purpose = m_purpose->currentData().toString();
    m_state.contactId = m_contact->currentData().toString();
    QStringList checked;
    const QStringList items = CallState::checklistItems();
    for (int i = 0; i < items.size(); ++i)
        if (m_checks.at(i)->isChecked())
            checked << items.at(i);
    m_state.checklist = checked;
    m_state.thirdPartyRelation = m_relation->currentData().toString();
    m_state.nonpaymentReason = m_reason->currentData().toString();
    m_state.outcome = m_outcome->currentData().toString();
    m_state.notes = m_notes->toPlainText();
    m_state.nextAction = m_nextAction->currentData().toString();
    m_state.nextAt = m_nextAt->isEnabled() ? m_nextAt->dateTime() : QDateTime();
    const QString amount = m_promiseAmount->text().trimmed();
    const auto parsed = Money::parse(amount);
    m_state.promiseAmount = amount.isEmpty() || !parsed ? Money() : parsed.value();
    m_state.promiseDate = m_promiseDate->date();
    m_state.promiseChannel = m_promiseChannel->currentData().toString();
    m_state.optOutRequested = m_optOut->isChecked();
    m_state.csat = m_csat->currentData().toInt();
    m_state.ces = m_ces->currentData().toInt();
    m_state.nps = m_nps->currentData().toInt();
    m_state.surveyComment = m_surveyComment->text();
}

void CallWorkspace::takeFocus()
{
    if (isBlocked())
        m_override->setFocus();
    else
        setFocus();
}

void CallWorkspace::changed()
{
    if (m_loading)
        return;
    m_error->clear();
    m_draftTimer->start();
}

Status CallWorkspace::saveDraftNow()
{
    m_draftTimer->stop();
    collect();
    return CallRepository(m_db, m_clock).saveDraft(m_session, m_state);
}

bool CallWorkspace::isBlocked() const
{
    return !m_state.blockReasons.isEmpty() && m_state.overrideReason.trimmed().isEmpty();
}

void CallWorkspace::recheckRules()
{
    // Once the operator went ahead with a reason, the reasons stay as they were.
    if (!m_state.overrideReason.trimmed().isEmpty())
        return;
    const ContactRecord* contact = m_setup.card.debtor.contact(m_state.contactId);
    const auto facts = ContactPolicy::factsFor(m_setup.card, contact, m_setup.startOfTodayUtc);
    m_state.blockReasons = ContactPolicy::blockReasons(
        m_setup.windows, m_setup.nowLocal, facts,
        ContactPolicy::purposeFor(m_state.purpose, m_setup.debtorAskedCallback));
    retranslate();
}

void CallWorkspace::proceedAnyway()
{
    if (m_override->text().trimmed().size() < 5) {
        m_error->setText(tr("Say why the call goes ahead despite the contact rules."));
        m_override->setFocus();
        return;
    }
    m_state.overrideReason = m_override->text().trimmed();
    retranslate();
    saveDraftNow();
    setFocus();
}

const QVector<ScriptStep>& CallWorkspace::steps() const
{
    static const QVector<ScriptStep> none;
    if (m_state.identity == CallState::Identity::ThirdParty)
        return m_setup.scripts.thirdPartySteps();
    const CallScript* script = m_setup.scripts.script(m_state.purpose);
    if (!script)
        script = m_setup.scripts.script(QStringLiteral("first_reminder"));
    return script ? script->steps : none;
}

QString CallWorkspace::currentStepKind() const
{
    const auto& s = steps();
    return m_state.step >= 0 && m_state.step < s.size() ? s.at(m_state.step).kind : QString();
}

QString CallWorkspace::currentStepText() const
{
    return m_stepText->toPlainText();
}

void CallWorkspace::moveStep(int delta)
{
    if (!m_body->isEnabled())
        return;
    const auto& s = steps();
    const int target = qBound(0, m_state.step + delta, qMax(0, int(s.size()) - 1));
    if (m_state.identity == CallState::Identity::Unknown) {
        int identityAt = -1;
        for (int i = 0; i < s.size() && identityAt < 0; ++i)
            if (s.at(i).kind == QLatin1String("identity"))
                identityAt = i;
        if (identityAt >= 0 && target > identityAt) {
            m_state.step = identityAt;
            showStep();
            m_error->setText(tr("Check the identity first: Alt+Y if it is the debtor, Alt+T if "
                                "someone else answered."));
            return;
        }
    }
    m_state.step = target;
    showStep();
    changed();
}

void CallWorkspace::showStep()
{
    const auto& s = steps();
    m_state.step = qBound(0, m_state.step, qMax(0, int(s.size()) - 1));
    m_steps->clear();
    for (int i = 0; i < s.size(); ++i)
        m_steps->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(s.at(i).title));
    m_steps->setCurrentRow(m_state.step);
    if (s.isEmpty()) {
        m_stepText->setPlainText(tr("No script for this purpose."));
        return;
    }
    // Debt details stay out of the text until the identity is confirmed.
    QHash<QString, QString> values = m_setup.values;
    if (m_state.identity != CallState::Identity::Confirmed)
        for (const QString& name : ScriptLibrary::debtPlaceholders())
            values.remove(name);
    const ScriptStep& step = s.at(m_state.step);
    QString html =
        QStringLiteral("<p><small>%1</small></p><h3>%2</h3><p>%3</p>")
            .arg(tr("Step %1 of %2").arg(m_state.step + 1).arg(s.size()),
                 step.title.toHtmlEscaped(), fillPlaceholders(step.text, values).toHtmlEscaped());
    if (step.kind == QLatin1String("emotion") && !m_state.emotion.isEmpty())
        html += m_guidance->text();
    m_stepText->setHtml(html);
    if (step.kind == QLatin1String("satisfaction"))
        m_tabs->setCurrentIndex(2);
    else if (step.kind == QLatin1String("summary"))
        m_tabs->setCurrentIndex(1);
    else if (step.kind == QLatin1String("emotion") || step.kind == QLatin1String("listening"))
        m_tabs->setCurrentIndex(0);
}

void CallWorkspace::setIdentity(CallState::Identity identity)
{
    if (!m_body->isEnabled())
        return;
    const auto before = m_state.identity;
    m_state.identity = identity;
    if (identity == CallState::Identity::ThirdParty) {
        m_state.step = 0;
        selectData(m_outcome, QStringLiteral("reached_third_party"));
    } else if (before != identity) {
        // Continue after the identity step.
        const auto& s = steps();
        for (int i = 0; i < s.size(); ++i)
            if (s.at(i).kind == QLatin1String("identity"))
                m_state.step = i + 1;
        if (m_outcome->currentData().toString() == QLatin1String("reached_third_party"))
            selectData(m_outcome, QString());
    }
    retranslate();
    showStep();
    if (identity == CallState::Identity::ThirdParty)
        m_relation->setFocus();
    saveDraftNow();
}

void CallWorkspace::setEmotion(const QString& code)
{
    if (!m_body->isEnabled() || code.isEmpty())
        return;
    m_state.emotion = code;
    if (m_state.emotionsSeen.isEmpty() || m_state.emotionsSeen.last() != code)
        m_state.emotionsSeen << code;
    if (QAbstractButton* b = m_emotions->button(InteractionRepository::emotions().indexOf(code)))
        b->setChecked(true);
    m_tabs->setCurrentIndex(0);
    retranslate();
    showStep();
    saveDraftNow();
}

void CallWorkspace::openVulnerability()
{
    if (!m_body->isEnabled())
        return;
    QHash<QString, QString> values = m_setup.values;
    auto* dialog = new VulnerabilityDialog(m_setup.scripts.vulnerabilitySteps(), values, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_state.vulnerability = dialog->category();
        m_state.vulnerabilityNote = dialog->note();
        m_state.vulnerabilityConsent = dialog->consent();
        retranslate();
        saveDraftNow();
    });
    dialog->open();
    emit dialogOpened(dialog);
}

bool CallWorkspace::save()
{
    collect();
    // A date typed so that it cannot be read is named, not taken for "no date".
    for (auto [field, what] :
         {std::pair{m_nextAt, tr("Next step")}, std::pair{m_promiseDate, tr("Promise to pay")}}) {
        if (field->isEnabled() && !field->problem().isEmpty()) {
            m_error->setText(QStringLiteral("%1: %2").arg(what, field->problem()));
            m_tabs->setCurrentIndex(1);
            field->setFocus();
            return false;
        }
    }
    const QString amount = m_promiseAmount->text().trimmed();
    if (!amount.isEmpty()) {
        const auto parsed = Money::parse(amount);
        if (!parsed) {
            m_error->setText(tr("Promise to pay: %1").arg(parsed.error()));
            m_tabs->setCurrentIndex(1);
            m_promiseAmount->setFocus();
            return false;
        }
    }
    const auto saved = CallRepository(m_db, m_clock).finish(m_session, m_state);
    if (!saved) {
        m_error->setText(saved.error());
        saveDraftNow();
        return false;
    }
    m_draftTimer->stop();
    m_tick->stop();
    emit finished(saved.value(), m_state);
    return true;
}

void CallWorkspace::discard()
{
    if (MessageBox::question(this, tr("Discard the call"),
                             tr("Discard this call and everything noted in it?")) !=
        QMessageBox::Yes)
        return;
    m_draftTimer->stop();
    m_tick->stop();
    if (!m_state.draftId.isEmpty())
        CallRepository(m_db, m_clock).discardDraft(m_session, m_state.draftId);
    emit discarded();
}

void CallWorkspace::tick()
{
    const int s = m_elapsedBase + int(m_elapsed.elapsed() / 1000);
    m_timer->setText(QStringLiteral("%1:%2")
                         .arg(s / 60, 2, 10, QLatin1Char('0'))
                         .arg(s % 60, 2, 10, QLatin1Char('0')));
}

void CallWorkspace::retranslate()
{
    const DebtorRecord& d = m_setup.card.debtor;
    m_title->setText(tr("Call with %1").arg(d.displayName));
    m_timer->setToolTip(tr("Call duration"));
    for (int i = 0; i < m_purpose->count(); ++i)
        m_purpose->setItemText(
            i, tr("Purpose: %1").arg(CodeText::purpose(m_purpose->itemData(i).toString())));
    m_contact->setItemText(0, tr("Number: none chosen"));
    int row = 1;
    for (const ContactRecord& c : d.contacts) {
        if (c.kind != QLatin1String("phone"))
            continue;
        QStringList notes{CodeText::owner(c.owner)};
        if (!c.verified)
            notes << tr("NOT verified");
        if (c.optOut)
            notes << tr("opted out");
        m_contact->setItemText(
            row++, tr("Number: %1 (%2)").arg(c.value, notes.join(QStringLiteral(", "))));
    }
    const bool blocked = isBlocked();
    m_blocked->setVisible(!m_state.blockReasons.isEmpty());
    m_blockedText->setText(
        blocked
            ? tr("<b>The contact rules advise against this call:</b> %1.<br/>Go ahead only "
                 "with a reason (for example: the debtor asked for this callback); it is "
                 "recorded.")
                  .arg(m_state.blockReasons.join(QStringLiteral("; ")).toHtmlEscaped())
            : tr("Contact rules overridden (%1): %2")
                  .arg(m_state.blockReasons.join(QStringLiteral("; ")), m_state.overrideReason));
    m_override->setVisible(blocked);
    m_proceed->setVisible(blocked);
    // The reason is kept in the chained audit log, which outlives an erasure of the debtor.
    m_override->setPlaceholderText(
        tr("Why the call goes ahead (the reason, not the person's details: it is audited)"));
    m_proceed->setText(tr("Go ahead"));
    m_body->setEnabled(!blocked);
    m_save->setEnabled(!blocked);

    m_identityYes->setText(tr("It is the debtor (Alt+Y)"));
    m_identityNo->setText(tr("Not the debtor (Alt+T)"));
    m_identityState->setText(
        m_state.identity == CallState::Identity::Confirmed    ? tr("Identity confirmed")
        : m_state.identity == CallState::Identity::ThirdParty ? tr("Third party: no debt details")
                                                              : tr("Identity not checked yet"));
    m_relation->setVisible(m_state.identity == CallState::Identity::ThirdParty);
    m_relation->setItemText(0, tr("Who answered?"));
    m_relation->setItemText(1, tr("family member"));
    m_relation->setItemText(2, tr("workplace"));
    m_relation->setItemText(3, tr("someone else"));

    m_tabs->setTabText(0, tr("Empathy (Alt+E)"));
    m_tabs->setTabText(1, tr("Notes and outcome (Alt+N)"));
    m_tabs->setTabText(2, tr("Satisfaction (Alt+S)"));
    const QStringList emotions = InteractionRepository::emotions();
    for (int i = 0; i < emotions.size(); ++i)
        m_emotions->button(i)->setText(
            QStringLiteral("%1 (Alt+%2)").arg(CodeText::emotion(emotions.at(i))).arg(i + 1));
    if (m_state.emotion.isEmpty()) {
        m_guidance->setText(tr("Mark the emotion you recognise to see what helps."));
    } else {
        const EmotionGuide g = m_setup.scripts.emotion(m_state.emotion);
        QString html = QStringLiteral("<b>%1</b><ul>").arg(tr("What to do").toHtmlEscaped());
        for (const QString& x : g.dos)
            html += QStringLiteral("<li>%1</li>").arg(x.toHtmlEscaped());
        html += QStringLiteral("</ul><b>%1</b><ul>").arg(tr("What to avoid").toHtmlEscaped());
        for (const QString& x : g.avoid)
            html += QStringLiteral("<li>%1</li>").arg(x.toHtmlEscaped());
        m_guidance->setText(html + QStringLiteral("</ul>"));
    }
    const QStringList items = CallState::checklistItems();
    for (int i = 0; i < m_checks.size(); ++i) {
        m_checks.at(i)->setText(CodeText::checklistItem(items.at(i)));
        m_checks.at(i)->setToolTip(QStringLiteral("Ctrl+%1").arg(i + 1));
    }
    m_vulnerability->setText(tr("Vulnerability disclosed… (Alt+V)"));
    m_vulnerabilityState->setText(
        m_state.vulnerability.isEmpty()
            ? QString()
            : tr("Recorded with consent: %1").arg(CodeText::vulnerability(m_state.vulnerability)));

    auto* form = qobject_cast<QFormLayout*>(m_notes->parentWidget()->layout());
    const QStringList labels = {tr("Reason for non-payment"), tr("Outcome"), tr("Notes"),
                                tr("Next step"), tr("Promise to pay")};
    for (int i = 0; i < labels.size(); ++i)
        if (auto* l = qobject_cast<QLabel*>(form->itemAt(i, QFormLayout::LabelRole)->widget()))
            l->setText(labels.at(i));
    m_reason->setItemText(0, tr("(not asked)"));
    for (int i = 1; i < m_reason->count(); ++i)
        m_reason->setItemText(i, CodeText::nonpaymentReason(m_reason->itemData(i).toString()));
    m_outcome->setItemText(0, tr("(choose)"));
    for (int i = 1; i < m_outcome->count(); ++i)
        m_outcome->setItemText(i, CodeText::outcome(m_outcome->itemData(i).toString()));
    const QStringList actionTexts = {tr("nothing planned"), tr("callback"), tr("reminder"),
                                     tr("repayment plan")};
    for (int i = 0; i < m_nextAction->count(); ++i)
        m_nextAction->setItemText(i, actionTexts.value(i));
    m_promiseAmount->setPlaceholderText(tr("amount, e.g. 50,00"));
    m_promiseDate->setToolTip(tr("Date the debtor will pay by"));
    m_promiseChannel->setItemText(0, tr("(channel)"));
    for (int i = 1; i < m_promiseChannel->count(); ++i)
        m_promiseChannel->setItemText(
            i, CodeText::paymentChannel(m_promiseChannel->itemData(i).toString()));
    m_optOut->setText(tr("The debtor asks not to be called on this number again"));
    auto* surveyForm = qobject_cast<QFormLayout*>(m_csat->parentWidget()->layout());
    const QStringList surveyLabels = {tr("CSAT, satisfaction (1-5)"), tr("CES, ease (1-7)"),
                                      tr("NPS, recommend (0-10)"), tr("Their words")};
    for (int i = 0; i < surveyLabels.size(); ++i)
        if (auto* l =
                qobject_cast<QLabel*>(surveyForm->itemAt(i, QFormLayout::LabelRole)->widget()))
            l->setText(surveyLabels.at(i));
    const bool thirdParty = m_state.identity == CallState::Identity::ThirdParty;
    m_csat->parentWidget()->setEnabled(!thirdParty);
    for (QWidget* w : {static_cast<QWidget*>(m_promiseAmount), static_cast<QWidget*>(m_promiseDate),
                       static_cast<QWidget*>(m_promiseChannel)})
        w->setEnabled(!thirdParty);
    m_save->setText(tr("Save call (Ctrl+Enter)"));
    m_discard->setText(tr("Discard"));
}

void CallWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showStep();
    }
    QWidget::changeEvent(event);
}

VulnerabilityDialog::VulnerabilityDialog(const QVector<ScriptStep>& steps,
                                         const QHash<QString, QString>& values, QWidget* parent)
    : QDialog(parent)
    , m_category(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_consent(new QCheckBox(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("VulnerabilityDialog"));
    setWindowTitle(tr("Vulnerability disclosed"));
    auto* guide = new QTextBrowser(this);
    guide->setObjectName(QStringLiteral("vulnerabilityGuide"));
    QString html;
    for (int i = 0; i < steps.size(); ++i)
        html += QStringLiteral("<p><b>%1. %2</b><br/>%3</p>")
                    .arg(i + 1)
                    .arg(steps.at(i).title.toHtmlEscaped(),
                         fillPlaceholders(steps.at(i).text, values).toHtmlEscaped());
    guide->setHtml(html);
    m_category->setObjectName(QStringLiteral("vulnerabilityCategory"));
    m_category->addItem(tr("(choose)"), QString());
    for (const char* code : {"age75", "social_bonus", "life_support", "disability", "hardship"})
        m_category->addItem(CodeText::vulnerability(QLatin1String(code)), QLatin1String(code));
    m_note->setObjectName(QStringLiteral("vulnerabilityNote"));
    m_note->setPlaceholderText(tr("How it affects the payments, who helps them"));
    m_note->setTabChangesFocus(true);
    m_consent->setObjectName(QStringLiteral("vulnerabilityConsent"));
    m_consent->setText(tr("The debtor explicitly agrees that this is recorded"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record"));
    auto update = [this] {
        m_ok->setEnabled(m_consent->isChecked() && !category().isEmpty());
    };
    connect(m_consent, &QCheckBox::toggled, this, update);
    connect(m_category, &QComboBox::currentIndexChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("Situation"), m_category);
    form->addRow(tr("Impact and support"), m_note);
    form->addRow(QString(), m_consent);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(guide, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString VulnerabilityDialog::category() const
{
    return m_category->currentData().toString();
}

QString VulnerabilityDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

bool VulnerabilityDialog::consent() const
{
    return m_consent->isChecked();
}

} // namespace ascolto
