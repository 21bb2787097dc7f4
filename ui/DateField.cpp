#include "DateField.h"

#include "domain/TypedDate.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace ascolto {

DateField::DateField(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_edit(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
    , m_calendar(new QCalendarWidget(this))
{
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_calendarButton->setObjectName(QStringLiteral("dateCalendar"));
    m_calendarButton->setText(QStringLiteral("…"));
    m_calendarButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_calendarButton);
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(m_calendar);
    menu->addAction(action);
    m_calendarButton->setMenu(menu);
    m_calendar->setGridVisible(true);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate& d) {
        pick(d);
        menu->close();
    });
    connect(menu, &QMenu::aboutToShow, this, [this] {
        const QDate d = date();
        m_calendar->setSelectedDate(d.isValid() ? d : m_today);
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_calendarButton);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        showState();
        emit changed();
    });
    // Once typed, the text takes its full form: "30/11/26 19:30" -> "30/11/2026 19:30".
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_mode == Mode::Date && date().isValid())
            m_edit->setText(TypedDate::format(date()));
        else if (m_mode == Mode::DateTime && dateTime().isValid())
            m_edit->setText(TypedDate::format(dateTime()));
    });
    showState();
}

void DateField::setDate(const QDate& date)
{
    setText(date.isValid() ? TypedDate::format(date) : QString());
}

void DateField::setDateTime(const QDateTime& dateTime)
{
    setText(dateTime.isValid() ? TypedDate::format(dateTime) : QString());
}

void DateField::clear()
{
    setText(QString());
}

void DateField::setText(const QString& text)
{
    if (text == m_edit->text())
        return;
    m_edit->setText(text);
    showState();
    emit changed();
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

QDate DateField::date() const
{
    if (isEmpty())
        return {};
    if (m_mode == Mode::DateTime)
        return dateTime().date();
    const auto d = TypedDate::parseDate(m_edit->text(), m_today);
    return d ? d.value() : QDate();
}

QDateTime DateField::dateTime() const
{
    if (isEmpty())
        return {};
    if (m_mode == Mode::Date) {
        const QDate d = date();
        return d.isValid() ? QDateTime(d, QTime(0, 0)) : QDateTime();
    }
    const auto dt = TypedDate::parseDateTime(m_edit->text(), m_today);
    return dt ? dt.value() : QDateTime();
}

QString DateField::problem() const
{
    if (isEmpty())
        return m_required ? TypedDate::parseDate({}, m_today).error() : QString();
    if (m_mode == Mode::Date) {
        const auto d = TypedDate::parseDate(m_edit->text(), m_today);
        return d ? QString() : d.error();
    }
    const auto dt = TypedDate::parseDateTime(m_edit->text(), m_today);
    return dt ? QString() : dt.error();
}

void DateField::pick(const QDate& picked)
{
    if (m_mode == Mode::Date) {
        setDate(picked);
    } else {
        // The calendar changes the day; a time already typed stays.
        const QDateTime now = dateTime();
        setDateTime(QDateTime(picked, now.isValid() ? now.time() : QTime(9, 0)));
    }
}

void DateField::showState()
{
    const QString why = problem();
    m_edit->setStyleSheet(
        why.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
    m_edit->setToolTip(why);
    m_edit->setPlaceholderText(m_mode == Mode::Date ? tr("dd/mm/yyyy") : tr("dd/mm/yyyy hh:mm"));
    m_calendarButton->setToolTip(tr("Choose on the calendar"));
}

void DateField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        showState();
    QWidget::changeEvent(event);
}

} // namespace ascolto
