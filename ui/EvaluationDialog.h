#pragma once

#include "storage/QualityRepository.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ascolto {

// One evaluation of a call, as its operator and the team lead read it: each item's answer,
// the comment and the coaching. The operator acknowledges it or disputes it with a comment;
// the team lead answers a dispute and marks the coaching done. Every action is saved at once.
class EvaluationDialog : public QDialog
{
    Q_OBJECT
public:
    // The dialog keeps its own copy of the repository (a store and a clock).
    EvaluationDialog(const QualityRepository& quality, Session session, QString evaluationId,
                     QWidget* parent = nullptr);
    // What the last action changed, for the status bar; empty when nothing was done.
    QString notice() const { return m_notice; }

signals:
    void changed();

private:
    void load();
    void act(const Status& status, const QString& notice);
    QualityRepository m_quality;
    Session m_session;
    QString m_id;
    EvaluationRecord m_record;
    QLabel* m_heading;
    QLabel* m_body;
    QPlainTextEdit* m_reply;
    QPushButton* m_acknowledge;
    QPushButton* m_dispute;
    QPushButton* m_answer;
    QCheckBox* m_coachingDone;
    QLabel* m_error;
    QString m_notice;
};

} // namespace ascolto
