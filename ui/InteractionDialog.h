#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace ascolto {

// Records a conversation from the card: channel, purpose, outcome, the emotion recognised,
// the reason for non-payment and notes. (The call workspace with scripts and the empathy
// guide replaces it for calls.)
class InteractionDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Status(const InteractionDraft&)>;
    InteractionDialog(QString debtorId, const QString& debtorName, const QString& purpose,
                      Submit submit, QWidget* parent = nullptr);
    InteractionDraft draft() const;
    void accept() override;

private:
    QString m_debtorId;
    Submit m_submit;
    QComboBox* m_channel;
    QComboBox* m_purpose;
    QComboBox* m_outcome;
    QComboBox* m_emotion;
    QComboBox* m_reason;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

// Opens a complaint about the client's service, linked to the bills it concerns.
class ComplaintDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Status(const ComplaintDraft&)>;
    ComplaintDialog(QString debtorId, const QString& debtorName,
                    const QVector<InvoiceRecord>& bills, Submit submit, QWidget* parent = nullptr);
    ComplaintDraft draft() const;
    void accept() override;

private:
    QString m_debtorId;
    Submit m_submit;
    QComboBox* m_category;
    QListWidget* m_bills;
    QPlainTextEdit* m_description;
    QLabel* m_error;
};

} // namespace ascolto
