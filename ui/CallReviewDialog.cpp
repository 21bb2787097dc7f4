#include "CallReviewDialog.h"

#include "DateField.h"

#include "itemmodels/CodeText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ascolto {

namespace {

QString callText(const CallReview& c, const QStringList& steps)
{
    const QLocale locale;
    QStringList lines;
    const auto row = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            lines
                << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(CallReviewDialog::tr("Debtor:"), c.debtorName);
    row(CallReviewDialog::tr("Operator:"), c.operatorName);
    row(CallReviewDialog::tr("When:"),
        CallReviewDialog::tr("%1, %2 min %3 s")
            .arg(locale.toString(c.startedAt.toLocalTime(), QLocale::ShortFormat))
            .arg(c.durationS / 60)
            .arg(c.durationS % 60));
    row(CallReviewDialog::tr("Purpose:"), CodeText::purpose(c.purpose));
    row(CallReviewDialog::tr("Script:"), c.scriptCode);
    QStringList numbered;
    for (int i = 0; i < steps.size(); ++i)
        numbered << QStringLiteral("%1. %2").arg(i + 1).arg(steps.at(i));
    row(CallReviewDialog::tr("Its steps:"), numbered.join(QStringLiteral("; ")));
    row(CallReviewDialog::tr("Identity:"),
        c.recorded.identity == QLatin1String("confirmed")
            ? CallReviewDialog::tr("confirmed before any detail of the debt")
        : c.recorded.identity == QLatin1String("third_party")
            ? CallReviewDialog::tr("someone else answered: safe message only")
            : CallReviewDialog::tr("not checked"));
    if (c.recorded.blocked)
        row(CallReviewDialog::tr("Contact rules:"),
            c.recorded.overrideReason.isEmpty()
                ? CallReviewDialog::tr("the call was outside the rules and no reason is recorded")
                : CallReviewDialog::tr("outside the rules; reason: %1")
                      .arg(c.recorded.overrideReason));
    row(CallReviewDialog::tr("Emotion:"),
        c.emotion.isEmpty() ? CallReviewDialog::tr("none named") : CodeText::emotion(c.emotion));
    QStringList marked;
    for (const QString& e : c.recorded.emotionsMarked)
        marked << CodeText::emotion(e);
    row(CallReviewDialog::tr("Emotions marked during the call:"),
        marked.join(QStringLiteral(" → ")));
    QStringList ticked;
    for (const QString& item : c.recorded.checklist)
        ticked << CodeText::checklistItem(item);
    row(CallReviewDialog::tr("Checklist ticked:"),
        ticked.isEmpty() ? CallReviewDialog::tr("nothing") : ticked.join(QStringLiteral(", ")));
    row(CallReviewDialog::tr("Reason for non-payment:"),
        c.nonpaymentReason.isEmpty() ? QString() : CodeText::nonpaymentReason(c.nonpaymentReason));
    row(CallReviewDialog::tr("Outcome:"), CodeText::outcome(c.outcome));
    row(CallReviewDialog::tr("Promise:"), c.promises.join(QStringLiteral("; ")));
    QStringList plans;
    for (const CallReview::Plan& p : c.plans)
        plans << CallReviewDialog::tr("%1, %n installment(s), %2 from %3 (%4)", nullptr,
                                      p.installments)
                     .arg(CodeText::planKind(p.kind), p.payable.format(locale),
                          locale.toString(p.firstDue, QLocale::ShortFormat),
                          CodeText::status(p.status));
    row(CallReviewDialog::tr("Plan:"), plans.join(QStringLiteral("; ")));
    row(CallReviewDialog::tr("Survey:"), c.surveyText);
    row(CallReviewDialog::tr("Notes:"), c.notes);
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

CallReviewDialog::CallReviewDialog(const CallReview& call, const QualityRepository::Version& card,
                                   const QDate& today, Save save, const QStringList& scriptSteps,
                                   QWidget* parent)
    : QDialog(parent)
    , m_card(card)
    , m_save(std::move(save))
    , m_score(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_skill(new QLineEdit(this))
    , m_coaching(new QPlainTextEdit(this))
    , m_followUp(new DateField(DateField::Mode::Date, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("callReviewDialog"));
    setWindowTitle(tr("Score the call with %1").arg(call.debtorName));
    m_score->setObjectName(QStringLiteral("reviewScore"));
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_skill->setObjectName(QStringLiteral("reviewSkill"));
    m_coaching->setObjectName(QStringLiteral("reviewCoaching"));
    m_followUp->setObjectName(QStringLiteral("reviewFollowUp"));
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_followUp->setToday(today);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* details = new QLabel(callText(call, scriptSteps), this);
    details->setObjectName(QStringLiteral("reviewCall"));
    details->setWordWrap(true);
    details->setTextFormat(Qt::RichText);
    details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* callBox = new QGroupBox(tr("The call as recorded"), this);
    auto* callLayout = new QVBoxLayout(callBox);
    callLayout->addWidget(details);
    callLayout->addStretch(1);

    const QString language = Scorecard::readerLanguage();
    const QHash<QString, ScoreAnswer> prefilled = card.card.prefill(call.recorded);
    auto* items = new QWidget;
    auto* itemsLayout = new QVBoxLayout(items);
    for (const ScorecardSection& section : card.card.sections) {
        auto* box =
            new QGroupBox(tr("%1 (%2 %)").arg(section.title(language)).arg(section.weight), items);
        // The item's text takes the width; the answer keeps its own size.
        auto* grid = new QGridLayout(box);
        grid->setColumnStretch(0, 1);
        for (const ScorecardItem& item : section.items) {
            auto* answer = new QComboBox(box);
            answer->setObjectName(QStringLiteral("item_") + item.code);
            answer->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
            answer->addItem(QStringLiteral("—"), int(ScoreAnswer::Unanswered));
            answer->addItem(tr("Yes"), int(ScoreAnswer::Yes));
            answer->addItem(tr("No"), int(ScoreAnswer::No));
            answer->addItem(tr("N/A"), int(ScoreAnswer::NotApplicable));
            const ScoreAnswer pre = prefilled.value(item.code, ScoreAnswer::Unanswered);
            answer->setCurrentIndex(answer->findData(int(pre)));
            if (pre != ScoreAnswer::Unanswered)
                answer->setToolTip(tr("Prefilled from what the store recorded of the call; "
                                      "change it if the call says otherwise."));
            auto* label = new QLabel(item.fatal ? tr("%1 <b>(fatal: a no sets the score to 0)</b>")
                                                      .arg(item.text(language).toHtmlEscaped())
                                                : item.text(language).toHtmlEscaped(),
                                     box);
            label->setWordWrap(true);
            label->setBuddy(answer);
            const int row = grid->rowCount();
            grid->addWidget(label, row, 0);
            grid->addWidget(answer, row, 1, Qt::AlignTop);
            m_items.insert(item.code, answer);
            connect(answer, &QComboBox::currentIndexChanged, this, &CallReviewDialog::updateScore);
        }
        itemsLayout->addWidget(box);
    }
    itemsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(items);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* cardHeading = new QLabel(tr("<b>Scorecard</b>, version %1").arg(card.version), this);
    auto* right = new QVBoxLayout;
    right->addWidget(cardHeading);
    right->addWidget(scroll, 1);
    right->addWidget(m_score);

    auto* columns = new QHBoxLayout;
    columns->addWidget(callBox, 2);
    columns->addLayout(right, 3);

    m_comment->setPlaceholderText(tr("What went well and what to work on, for the operator"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(54);
    m_coaching->setPlaceholderText(tr("Coaching: what to practise, how"));
    m_coaching->setTabChangesFocus(true);
    m_coaching->setMaximumHeight(54);
    m_skill->setPlaceholderText(tr("e.g. naming the emotion, proposing an affordable plan"));
    auto* form = new QFormLayout;
    form->addRow(tr("Comment:"), m_comment);
    form->addRow(tr("Skill to work on:"), m_skill);
    form->addRow(tr("Coaching note:"), m_coaching);
    form->addRow(tr("Follow-up on:"), m_followUp);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save the evaluation"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("reviewSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CallReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateScore();
    resize(1180, 720);
}

QHash<QString, ScoreAnswer> CallReviewDialog::answers() const
{
    QHash<QString, ScoreAnswer> a;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        a.insert(it.key(), ScoreAnswer(it.value()->currentData().toInt()));
    return a;
}

void CallReviewDialog::updateScore()
{
    const ScoreResult r = m_card.card.score(answers());
    const QLocale locale;
    QString text = tr("Score: <b>%1</b> / 100").arg(locale.toString(r.score, 'f', 1));
    if (!r.fatalFailed.isEmpty()) {
        QStringList names;
        for (const QString& code : r.fatalFailed)
            names << m_card.card.item(code)->text(Scorecard::readerLanguage());
        text += QStringLiteral(" — ") +
                tr("fatal: %1").arg(names.join(QStringLiteral("; ")).toHtmlEscaped());
    } else if (!r.complete) {
        text += QStringLiteral(" — ") + tr("some items have no answer yet");
    }
    m_score->setText(text);
}

void CallReviewDialog::accept()
{
    const auto show = [this](const QString& text) {
        m_error->setText(text);
        m_error->show();
    };
    if (!m_followUp->problem().isEmpty())
        return show(m_followUp->problem());
    const auto saved = m_save(answers(), m_comment->toPlainText(),
                              {m_skill->text(), m_coaching->toPlainText(), m_followUp->date()});
    if (!saved)
        return show(saved.error());
    m_evaluationId = *saved;
    QDialog::accept();
}

} // namespace ascolto
