#pragma once

#include "storage/AbsenceRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ascolto {

class DateField;

// Absences and backups (team leads): who is away, from when to when, and who covers them.
// While an absence lasts, the backup's Today and portfolio include the absent colleague's
// debtors; their interlocutor stays the same. Adding or ending one is saved at once.
class AbsencesDialog : public QDialog
{
    Q_OBJECT
public:
    // operators: the client's active operators, (id, name).
    // The dialog keeps its own copy of the repository (a store and a clock).
    AbsencesDialog(const AbsenceRepository& absences, Session session,
                   const QVector<QPair<QString, QString>>& operators, const QDate& today,
                   QWidget* parent = nullptr);
    void addAbsence();
    void endSelected();

signals:
    void changed(const QString& notice);

private:
    void reload();
    void showError(const QString& text);
    AbsenceRepository m_absences;
    Session m_session;
    QVector<AbsenceRecord> m_rows;
    QTableWidget* m_table;
    QComboBox* m_operator;
    QComboBox* m_backup;
    DateField* m_from;
    DateField* m_to;
    QLineEdit* m_note;
    QPushButton* m_add;
    QPushButton* m_end;
    QLabel* m_error;
};

} // namespace ascolto
