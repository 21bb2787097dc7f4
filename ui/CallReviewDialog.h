#pragma once

#include "storage/QualityRepository.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ascolto {

class DateField;

// The team lead scores one recorded call: the call as stored on the left (script purpose,
// identity check, empathy checklist, emotion, notes, outcome, promise, survey), the client's
// scorecard on the right, prefilled with what the store knows, the score as it is answered,
// a comment and the coaching it leads to. Saving goes through `save` (the repository).
class CallReviewDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Result<QString>(const QHash<QString, ScoreAnswer>& answers,
                                               const QString& comment,
                                               const QualityRepository::Coaching& coaching)>;
    // scriptSteps: the titles of the steps of the script the call followed (the client's
    // own script when it has one), in the reader's language; empty when unknown.
    CallReviewDialog(const CallReview& call, const QualityRepository::Version& card,
                     const QDate& today, Save save, const QStringList& scriptSteps = {},
                     QWidget* parent = nullptr);
    QHash<QString, ScoreAnswer> answers() const;
    QString evaluationId() const { return m_evaluationId; }
    void accept() override;

private:
    void updateScore();
    QualityRepository::Version m_card;
    Save m_save;
    QHash<QString, QComboBox*> m_items;
    QLabel* m_score;
    QPlainTextEdit* m_comment;
    QLineEdit* m_skill;
    QPlainTextEdit* m_coaching;
    DateField* m_followUp;
    QLabel* m_error;
    QString m_evaluationId;
};

} // namespace ascolto
