#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace ascolto {

class DateField;

// Records a payment: amount, date, channel, reference, and where it goes (oldest bill first
// or chosen bills). Shows what it will settle and refuses, inline, what cannot be right
// (zero or negative amounts, future dates, more than is owed without choosing a credit).
// The rules come from the domain (Money, PaymentAllocator); `submit` saves the draft.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Status(const PaymentDraft&)>;
    PaymentDialog(QString debtorId, const QString& debtorName, QVector<InvoiceRecord> openBills,
                  const QDate& today, Submit submit, QVector<PlanRecord> activePlans = {},
                  QWidget* parent = nullptr);

    PaymentDraft draft() const;
    void accept() override;

private:
    void updatePreview();
    QString check(PaymentDraft* draft) const;

    QString m_debtorId;
    QVector<InvoiceRecord> m_bills;
    QDate m_today;
    Submit m_submit;
    QLineEdit* m_amount;
    DateField* m_date;
    QComboBox* m_channel;
    QLineEdit* m_reference;
    QRadioButton* m_oldest;
    QRadioButton* m_chosen;
    QRadioButton* m_toPlan;
    QComboBox* m_plan;
    QVector<PlanRecord> m_plans;
    QListWidget* m_billList;
    QCheckBox* m_credit;
    QLabel* m_preview;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace ascolto
