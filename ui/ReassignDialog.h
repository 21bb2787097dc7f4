#pragma once

#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace ascolto {

// A team lead hands debtors to another operator of the client (DebtorRepository::reassign):
// the selected ones, or every debtor of their operator (an absence, a departure), always with
// a handover note, which the next caller reads on the card. The change is the function passed
// in; its refusal is shown in the form.
class ReassignDialog : public QDialog
{
    Q_OBJECT
public:
    // Reassigns: the new operator's id, the note, and whether all the current operator's
    // debtors go (not only the selected); returns how many changed interlocutor.
    using Apply = std::function<Result<int>(const QString& operatorId, const QString& note,
                                            bool allOfOperator)>;
    // `operators`: (id, name) of the client's active operators; `currentOperator`: the name of
    // the operator all the selected debtors share (empty when they differ or have none).
    ReassignDialog(int selected, const QVector<QPair<QString, QString>>& operators,
                   const QString& currentOperator, Apply apply, QWidget* parent = nullptr);
    QString resultText() const { return m_result; }
    void accept() override;

private:
    Apply m_apply;
    QRadioButton* m_selected;
    QRadioButton* m_all;
    QComboBox* m_operator;
    QPlainTextEdit* m_note;
    QLabel* m_error;
    bool m_allOffered;
    QString m_result;
};

} // namespace ascolto
