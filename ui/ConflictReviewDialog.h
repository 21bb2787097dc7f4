#pragma once

#include "storage/ConflictRepository.h"
#include "storage/Session.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ascolto {

class Clock;
class Database;

// The team lead's review of sync conflicts: rows both offices changed while apart. The list
// shows when, what and whose version was kept; the details set each overwritten value beside
// the one kept. "Mark reviewed" records who looked at them (the data itself is not changed:
// a value worth keeping is typed again on the debtor's card).
class ConflictReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictReviewDialog(Database& db, const Session& session, const Clock& clock,
                         QWidget* parent = nullptr);

    void reload();
    int shownCount() const;

signals:
    void reviewed();

private:
    void showDetails();
    void markSelected();
    QString deviceName(const QString& deviceId) const;
    // Who wrote a value and when (or, for conflicts logged before field stamps, its version).
    QString written(const QString& deviceId, qint64 version, const QDateTime& at) const;
    QString entityName(const QString& entity) const;
    QString fieldName(const QString& column) const;

    Database& m_db;
    Session m_session;
    const Clock& m_clock;
    QVector<ConflictRecord> m_conflicts;
    QLabel* m_info;
    QCheckBox* m_showReviewed;
    QTableWidget* m_list;
    QTableWidget* m_details;
    QLabel* m_error;
    QPushButton* m_mark;
};

} // namespace ascolto
