#include "EvaluationDialog.h"

#include "itemmodels/EvaluationListModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ascolto {

namespace {

QString answerText(ScoreAnswer a)
{
    switch (a) {
    case ScoreAnswer::Yes:
        return EvaluationDialog::tr("yes");
    case ScoreAnswer::No:
        return EvaluationDialog::tr("no");
    case ScoreAnswer::NotApplicable:
        return EvaluationDialog::tr("not applicable");
    case ScoreAnswer::Unanswered:
        break;
    }
    return QStringLiteral("—");
}

} // namespace

EvaluationDialog::EvaluationDialog(const QualityRepository& quality, Session session,
                                   QString evaluationId, QWidget* parent)
    : QDialog(parent)
    , m_quality(quality)
    , m_session(std::move(session))
    , m_id(std::move(evaluationId))
    , m_heading(new QLabel(this))
    , m_body(new QLabel)
    , m_reply(new QPlainTextEdit(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
    , m_dispute(new QPushButton(tr("Dispute…"), this))
    , m_answer(new QPushButton(tr("Answer the dispute"), this))
    , m_coachingDone(new QCheckBox(tr("Coaching followed up"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("evaluationDialog"));
    m_heading->setObjectName(QStringLiteral("evaluationHeading"));
    m_body->setObjectName(QStringLiteral("evaluationBody"));
    m_reply->setObjectName(QStringLiteral("evaluationReply"));
    m_acknowledge->setObjectName(QStringLiteral("evaluationAcknowledge"));
    m_dispute->setObjectName(QStringLiteral("evaluationDispute"));
    m_answer->setObjectName(QStringLiteral("evaluationAnswer"));
    m_coachingDone->setObjectName(QStringLiteral("evaluationCoachingDone"));
    m_error->setObjectName(QStringLiteral("evaluationError"));
    m_heading->setWordWrap(true);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(80);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);

    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        act(m_quality.respond(m_session, m_id, false, m_reply->toPlainText()),
            tr("Evaluation acknowledged."));
    });
    connect(m_dispute, &QPushButton::clicked, this, [this] {
        act(m_quality.respond(m_session, m_id, true, m_reply->toPlainText()),
            tr("Evaluation disputed: the team lead will answer."));
    });
    connect(m_answer, &QPushButton::clicked, this, [this] {
        act(m_quality.answerDispute(m_session, m_id, m_reply->toPlainText()),
            tr("Dispute answered: the operator reads it in Evaluations."));
    });
    connect(m_coachingDone, &QCheckBox::clicked, this, [this](bool done) {
        act(m_quality.setCoachingDone(m_session, m_id, done),
            done ? tr("Coaching marked as followed up.") : tr("Coaching reopened."));
    });

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_coachingDone);
    actions->addStretch(1);
    actions->addWidget(m_acknowledge);
    actions->addWidget(m_dispute);
    actions->addWidget(m_answer);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_reply);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(close);
    load();
    resize(760, 620);
}

void EvaluationDialog::load()
{
    const auto e = m_quality.evaluation(m_session, m_id);
    if (!e) {
        m_heading->setText(e.error());
        for (QWidget* w : std::initializer_list<QWidget*>{m_reply, m_acknowledge, m_dispute,
                                                          m_answer, m_coachingDone})
            w->hide();
        return;
    }
    m_record = *e;
    const QLocale locale;
    setWindowTitle(tr("Evaluation of the call with %1").arg(m_record.debtorName));
    m_heading->setText(
        tr("<b>%1</b>: call with %2 on %3, scored <b>%4</b> / 100 by %5 (scorecard version %6) — "
           "%7")
            .arg(m_record.operatorName.toHtmlEscaped(), m_record.debtorName.toHtmlEscaped(),
                 locale.toString(m_record.callAt.toLocalTime(), QLocale::ShortFormat),
                 locale.toString(m_record.score, 'f', 1), m_record.evaluatorName.toHtmlEscaped())
            .arg(m_record.scorecardVersion)
            .arg(EvaluationListModel::statusText(m_record.status)));

    QString html;
    const auto card = m_quality.version(m_record.scorecardId);
    if (card) {
        const QString language = Scorecard::readerLanguage();
        const ScoreResult r = card->card.score(m_record.answers);
        for (int s = 0; s < card->card.sections.size(); ++s) {
            const ScorecardSection& section = card->card.sections.at(s);
            html += QStringLiteral("<h4>%1 (%2 %) — %3</h4><table>")
                        .arg(section.title(language).toHtmlEscaped())
                        .arg(section.weight)
                        .arg(r.sections.at(s)
                                 ? locale.toString(*r.sections.at(s), 'f', 0) + QStringLiteral(" %")
                                 : tr("not applicable"));
            for (const ScorecardItem& item : section.items) {
                const ScoreAnswer a = m_record.answers.value(item.code);
                const bool failed = a == ScoreAnswer::No;
                html += QStringLiteral("<tr><td>%1%2</td><td>&nbsp;&nbsp;%3</td></tr>")
                            .arg(item.text(language).toHtmlEscaped(),
                                 item.fatal ? tr(" (fatal)") : QString(),
                                 failed ? QStringLiteral("<b>%1</b>").arg(answerText(a))
                                        : answerText(a));
            }
            html += QStringLiteral("</table>");
        }
    } else {
        html += card.error().toHtmlEscaped();
    }
    const auto para = [&](const QString& label, const QString& text) {
        if (!text.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(label.toHtmlEscaped(), text.toHtmlEscaped());
    };
    para(tr("Comment:"), m_record.comment);
    para(tr("Skill to work on:"), m_record.coachingSkill);
    para(tr("Coaching:"), m_record.coachingNote);
    if (m_record.followUp.isValid())
        para(tr("Follow-up on:"), locale.toString(m_record.followUp, QLocale::LongFormat));
    para(tr("The operator's comment:"), m_record.operatorComment);
    para(tr("The team lead's answer:"), m_record.answer);
    m_body->setText(html);

    const bool own = m_record.operatorId == m_session.userId();
    const bool lead = m_session.role() != Role::Operator;
    const bool toAnswer = own && (m_record.status == QLatin1String("sent") ||
                                  m_record.status == QLatin1String("answered"));
    const bool disputed = lead && m_record.status == QLatin1String("disputed");
    m_acknowledge->setVisible(toAnswer);
    m_dispute->setVisible(toAnswer);
    m_answer->setVisible(disputed);
    m_reply->setVisible(toAnswer || disputed);
    m_reply->setPlaceholderText(disputed ? tr("Your answer to the operator")
                                         : tr("What you dispute, item by item (needed to "
                                              "dispute; optional to acknowledge)"));
    m_reply->clear();
    m_coachingDone->setVisible(lead && !m_record.coachingSkill.isEmpty());
    m_coachingDone->setChecked(m_record.coachingDone);
}

void EvaluationDialog::act(const Status& status, const QString& notice)
{
    if (!status) {
        m_error->setText(status.error());
        m_error->show();
        load();
        return;
    }
    m_error->hide();
    m_notice = notice;
    load();
    emit changed();
}

} // namespace ascolto
