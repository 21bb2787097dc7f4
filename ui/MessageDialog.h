#pragma once

#include "domain/CallScript.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ascolto {

// A payment-education message for the debtor: a template (in the debtor's language) for SMS,
// e-mail or letter, filled from the card and editable, then copied to the clipboard or
// written to the outbox folder; either way it is recorded as an interaction. Contacts the
// debtor may not receive messages on are shown with the reason and cannot be chosen.
class MessageDialog : public QDialog
{
    Q_OBJECT
public:
    // Writes the file (or not, when path is empty: copied) and records the message.
    using Submit = std::function<Result<QString>(const MessageDraft& draft, bool toOutbox)>;
    // `debtorHasPlan`: templates that propose a plan are not offered.
    MessageDialog(const DebtorRecord& debtor, QVector<MessageTemplate> templates,
                  QHash<QString, QString> values, bool debtorHasPlan, Submit submit,
                  QWidget* parent = nullptr);

    MessageDraft draft() const;
    // The text shown after the last copy or outbox write (tests).
    QString result() const;

private:
    void fillContacts();
    void render();
    // Greys out, with the reason, the templates this debtor cannot be sent on this channel.
    void markOffered();
    const MessageTemplate* chosen() const;
    void submit(bool toOutbox);

    DebtorRecord m_debtor;
    QVector<MessageTemplate> m_templates;
    QHash<QString, QString> m_values;
    bool m_hasPlan = false;
    Submit m_submit;
    QComboBox* m_template;
    QComboBox* m_channel;
    QComboBox* m_contact;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_blocked;
    QLabel* m_status;
    QPushButton* m_copy;
    QPushButton* m_outbox;
};

} // namespace ascolto
