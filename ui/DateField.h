#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace ascolto {

// A date (or a date and time) typed as Italians type it (TypedDate: "30/11/26 19:30"), with
// a calendar beside it. Empty means "no date". What cannot be read stays as typed, framed
// in red, with the reason in its tooltip and in problem().
class DateField : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Date,
        DateTime
    };
    explicit DateField(Mode mode, QWidget* parent = nullptr);

    // The day a date without a year belongs to (default: the system's today).
    void setToday(const QDate& today) { m_today = today; }
    // A required field that is empty has a problem too (else empty means "no date").
    void setRequired(bool required) { m_required = required; }
    void setDate(const QDate& date);
    void setDateTime(const QDateTime& dateTime);
    void clear();
    // Invalid when empty or not readable.
    QDate date() const;
    QDateTime dateTime() const;
    bool isEmpty() const;
    // Why the text cannot be read (or, when required, that it is empty); empty when fine.
    QString problem() const;
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showState();
    // Shows `text` and says so when it differs (as a spin box's valueChanged).
    void setText(const QString& text);
    void pick(const QDate& date);

    Mode m_mode;
    QDate m_today = QDate::currentDate();
    bool m_required = false;
    QLineEdit* m_edit;
    QToolButton* m_calendarButton;
    QCalendarWidget* m_calendar;
};

} // namespace ascolto
