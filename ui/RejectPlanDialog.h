#pragma once

#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;

namespace ascolto {

// Why a plan waiting for approval is rejected: the reason the operator will tell the debtor.
// The card and the approvals queue both ask it here; `reject` records the decision and its
// refusal (no reason, no longer waiting...) is shown under the text.
class RejectPlanDialog : public QDialog
{
    Q_OBJECT
public:
    using Reject = std::function<Status(const QString& reason)>;
    RejectPlanDialog(const QString& title, Reject reject, QWidget* parent = nullptr);
    void accept() override;

private:
    Reject m_reject;
    QPlainTextEdit* m_reason;
    QLabel* m_error;
};

} // namespace ascolto
