#include "MessageDialog.h"

#include "itemmodels/CodeText.h"

#include "domain/ContactPolicy.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ascolto {

MessageDialog::MessageDialog(const DebtorRecord& debtor, QVector<MessageTemplate> templates,
                             QHash<QString, QString> values, bool debtorHasPlan, Submit onSubmit,
                             QWidget* parent)
    : QDialog(parent)
    , m_debtor(debtor)
    , m_templates(std::move(templates))
    , m_values(std::move(values))
    , m_hasPlan(debtorHasPlan)
    , m_submit(std::move(onSubmit))
    , m_template(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_contact(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_blocked(new QLabel(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(this))
    , m_outbox(new QPushButton(this))
{
    setObjectName(QStringLiteral("MessageDialog"));
    setWindowTitle(tr("Payment-education message - %1").arg(debtor.displayName));
    m_template->setObjectName(QStringLiteral("messageTemplate"));
    m_channel->setObjectName(QStringLiteral("messageChannel"));
    m_contact->setObjectName(QStringLiteral("messageContact"));
    m_subject->setObjectName(QStringLiteral("messageSubject"));
    m_body->setObjectName(QStringLiteral("messageBody"));
    m_blocked->setObjectName(QStringLiteral("messageBlocked"));
    m_status->setObjectName(QStringLiteral("messageStatus"));
    m_copy->setObjectName(QStringLiteral("messageCopy"));
    m_outbox->setObjectName(QStringLiteral("messageOutbox"));
    m_blocked->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_blocked->setWordWrap(true);
    m_status->setWordWrap(true);
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(200);

    QStringList codes;
    for (const MessageTemplate& t : std::as_const(m_templates))
        if (!codes.contains(t.code)) {
            codes << t.code;
            m_template->addItem(t.title, t.code);
        }
    for (const char* c : {"sms", "email", "letter"})
        m_channel->addItem(CodeText::interactionChannel(QLatin1String(c)), QLatin1String(c));

    m_copy->setText(tr("Copy and record"));
    m_outbox->setText(tr("Write to outbox and record"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_outbox, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_outbox, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_template, &QComboBox::currentIndexChanged, this, &MessageDialog::render);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        fillContacts();
        markOffered();
        render();
    });
    connect(m_contact, &QComboBox::currentIndexChanged, this, &MessageDialog::render);

    auto* form = new QFormLayout;
    form->addRow(tr("Message:"), m_template);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("To:"), m_contact);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Text:"), m_body);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_blocked);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    fillContacts();
    markOffered();
    // Start on the first message this debtor can be sent.
    for (int i = 0; i < m_template->count(); ++i)
        if (m_template->itemData(i, Qt::ToolTipRole).toString().isEmpty()) {
            m_template->setCurrentIndex(i);
            break;
        }
    render();
    resize(620, 560);
}

void MessageDialog::fillContacts()
{
    const QString channel = m_channel->currentData().toString();
    m_contact->blockSignals(true);
    m_contact->clear();
    if (channel == QLatin1String("letter")) {
        m_contact->addItem(m_debtor.postalAddress(), QString());
        m_contact->setItemData(0, true, Qt::UserRole + 1);
    } else {
        for (const ContactRecord& c : m_debtor.contacts) {
            const QString why = ContactPolicy::messageBlockReason(m_debtor, &c, channel);
            if ((channel == QLatin1String("sms")) != (c.kind == QLatin1String("phone")))
                continue;
            m_contact->addItem(
                why.isEmpty() ? c.value : tr("%1 - not usable: %2").arg(c.value, why), c.id);
            m_contact->setItemData(m_contact->count() - 1, why.isEmpty(), Qt::UserRole + 1);
        }
        if (m_contact->count() == 0)
            m_contact->addItem(tr("(no contact for this channel)"), QString());
    }
    // Propose the first usable contact.
    for (int i = 0; i < m_contact->count(); ++i)
        if (m_contact->itemData(i, Qt::UserRole + 1).toBool()) {
            m_contact->setCurrentIndex(i);
            break;
        }
    m_contact->blockSignals(false);
}

const MessageTemplate* MessageDialog::chosen() const
{
    const QString code = m_template->currentData().toString();
    const QString channel = m_channel->currentData().toString();
    for (const MessageTemplate& t : m_templates)
        if (t.code == code && t.channel == channel)
            return &t;
    return nullptr;
}

void MessageDialog::markOffered()
{
    const QString channel = m_channel->currentData().toString();
    auto* model = qobject_cast<QStandardItemModel*>(m_template->model());
    for (int i = 0; model && i < m_template->count(); ++i) {
        QString why;
        for (const MessageTemplate& t : std::as_const(m_templates))
            if (t.code == m_template->itemData(i).toString() && t.channel == channel)
                why = t.whyNotOffered(m_values, m_hasPlan);
        model->item(i)->setEnabled(why.isEmpty());
        model->item(i)->setToolTip(why.isEmpty() ? QString() : tr("Not offered: %1").arg(why));
    }
}

void MessageDialog::render()
{
    const QString channel = m_channel->currentData().toString();
    const MessageTemplate* t = chosen();
    if (t) {
        m_subject->setText(fillPlaceholders(t->subject, m_values));
        m_body->setPlainText(fillPlaceholders(t->body, m_values));
    }
    m_subject->setEnabled(channel != QLatin1String("sms"));
    const ContactRecord* contact = m_debtor.contact(m_contact->currentData().toString());
    QString why = ContactPolicy::messageBlockReason(m_debtor, contact, channel);
    if (const QString notOffered = t ? t->whyNotOffered(m_values, m_hasPlan) : QString();
        why.isEmpty() && !notOffered.isEmpty())
        why = notOffered;
    m_blocked->setText(why.isEmpty() ? QString() : tr("Cannot be sent: %1.").arg(why));
    m_copy->setEnabled(why.isEmpty());
    m_outbox->setEnabled(why.isEmpty());
}

MessageDraft MessageDialog::draft() const
{
    MessageDraft d;
    d.debtorId = m_debtor.id;
    d.templateCode = m_template->currentData().toString();
    d.channel = m_channel->currentData().toString();
    d.contactId = m_contact->currentData().toString();
    d.subject = d.channel == QLatin1String("sms") ? QString() : m_subject->text();
    d.body = m_body->toPlainText();
    return d;
}

QString MessageDialog::result() const
{
    return m_status->text();
}

void MessageDialog::submit(bool toOutbox)
{
    const MessageDraft d = draft();
    const auto done = m_submit(d, toOutbox);
    if (!done) {
        m_blocked->setText(done.error());
        return;
    }
    if (!toOutbox) {
        QString text = d.subject.isEmpty() ? d.body : d.subject + QStringLiteral("\n\n") + d.body;
        QApplication::clipboard()->setText(text);
        m_status->setText(tr("Copied to the clipboard and recorded."));
    } else {
        m_status->setText(tr("Written to %1 and recorded.").arg(done.value()));
    }
}

} // namespace ascolto
