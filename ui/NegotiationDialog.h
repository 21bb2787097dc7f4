#pragma once

#include "domain/PlanCalculator.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace ascolto {

class DateField;

class RowListModel;

// Negotiates a plan the debtor can really afford: the bills it covers, a plan, a settlement
// (saldo e stralcio) or a settlement in installments; the household's income and essential
// expenses against the protected minimum; the client's mandate; and the schedule preview.
// The arithmetic is PlanCalculator's; `submit` saves the draft (and writes the letter) and
// returns a line for the operator, or the reason it could not.
class NegotiationDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Result<QString>(const PlanDraft&)>;
    NegotiationDialog(QString debtorId, const QString& debtorName,
                      const QVector<InvoiceRecord>& openBills, const MandateRules& rules,
                      const QDate& today, Submit submit, QWidget* parent = nullptr);

    PlanDraft draft() const;
    // What the operator reads under the preview: problems, approval, affordability.
    QString checksText() const;
    QString resultText() const { return m_result; }
    void accept() override;
    // Esc or Cancel after something was typed asks before throwing it away.
    void reject() override;

private:
    void update();
    // Everything the operator can type or choose, to tell whether anything changed.
    QStringList inputs() const;
    QString readDraft(PlanDraft* draft) const;

    QString m_debtorId;
    QVector<InvoiceRecord> m_bills;
    MandateRules m_rules;
    QDate m_today;
    Submit m_submit;
    QString m_result;
    QListWidget* m_billList;
    QLabel* m_total;
    QComboBox* m_kind;
    QLineEdit* m_discount;
    QLineEdit* m_downPayment;
    QRadioButton* m_byCount;
    QRadioButton* m_byAmount;
    QSpinBox* m_count;
    QLineEdit* m_target;
    QComboBox* m_frequency;
    DateField* m_firstDue;
    QSpinBox* m_members;
    QLineEdit* m_income;
    QVector<QLineEdit*> m_expenses; // housing, utilities, food, transport, health, other debts
    QTableView* m_schedule;
    RowListModel* m_scheduleModel;
    QLabel* m_affordability;
    QLabel* m_checks;
    QLineEdit* m_override;
    QLineEdit* m_notes;
    QLabel* m_error;
    QStringList m_initialInputs;
};

} // namespace ascolto
