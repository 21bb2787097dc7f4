#include "IdleLock.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ascolto {

IdleLock::IdleLock(const Clock& clock, int minutes, QString username, Unlocker unlock,
                   QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_minutes(qMax(1, minutes))
    , m_username(std::move(username))
    , m_unlock(std::move(unlock))
    , m_timer(new QTimer(this))
    , m_lastActivity(clock.nowUtc())
{
    qApp->installEventFilter(this);
    m_timer->setInterval(15 * 1000);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_timer->start();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    uncover();
    delete m_dialog;
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Typing the password is not activity that unlocks anything.
        if (!isLocked())
            m_lastActivity = m_clock.nowUtc();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::check()
{
    if (!isLocked() && m_lastActivity.secsTo(m_clock.nowUtc()) >= qint64(m_minutes) * 60)
        lock();
}

void IdleLock::cover()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (!w->isVisible() || w == m_dialog)
            continue;
        auto* sheet = new QWidget(w);
        sheet->setObjectName(QStringLiteral("idleLockCover"));
        sheet->setAutoFillBackground(true);
        sheet->setGeometry(w->rect());
        sheet->raise();
        sheet->show();
        m_covers.push_back(sheet);
    }
}

void IdleLock::uncover()
{
    for (const QPointer<QWidget>& sheet : std::as_const(m_covers))
        delete sheet.data();
    m_covers.clear();
}

void IdleLock::lock()
{
    if (isLocked())
        return;
    cover();
    auto* dialog = new QDialog;
    dialog->setObjectName(QStringLiteral("idleLockDialog"));
    dialog->setWindowTitle(tr("Ascolto is locked"));
    dialog->setWindowModality(Qt::ApplicationModal);
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 60);
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QLabel(
        tr("The window was locked after %n minute(s) without activity. Type the password of "
           "%1 to go on: everything you were doing, a call included, is as you left it.",
           nullptr, m_minutes)
            .arg(m_username),
        dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_password = new QLineEdit(dialog);
    m_password->setObjectName(QStringLiteral("idleLockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    layout->addWidget(m_password);
    m_error = new QLabel(dialog);
    m_error->setObjectName(QStringLiteral("idleLockError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* unlock = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setObjectName(QStringLiteral("idleLockUnlock"));
    unlock->setDefault(true);
    QPushButton* quit = buttons->addButton(tr("Quit Ascolto"), QDialogButtonBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("idleLockQuit"));
    layout->addWidget(buttons);
    // Enter (the default button) and the button check the password; Esc and the title
    // bar's close do nothing.
    connect(unlock, &QPushButton::clicked, this, &IdleLock::tryUnlock);
    // Unsaved calls are kept as drafts while typed: quitting loses nothing.
    connect(quit, &QPushButton::clicked, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    m_dialog = dialog;
    connect(dialog, &QDialog::rejected, dialog, [dialog] { dialog->show(); });
    dialog->show();
    m_password->setFocus();
}

void IdleLock::tryUnlock()
{
    if (!m_dialog)
        return;
    const Status s = m_unlock(m_password->text());
    m_password->clear();
    if (!s) {
        m_error->setText(s.error());
        m_error->show();
        m_password->setFocus();
        return;
    }
    QDialog* dialog = m_dialog;
    m_dialog = nullptr;
    dialog->hide();
    dialog->deleteLater();
    uncover();
    m_lastActivity = m_clock.nowUtc();
}

} // namespace ascolto
