#pragma once

#include "storage/PlanRepository.h"
#include "storage/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ascolto {

class Clock;
class Database;

// "Approvazioni": every plan of the client waiting for the team lead, oldest first, whatever
// its age, then the broken plans waiting for their review. The selected proposal is shown
// beside the client's mandate and the household it was measured on; the team lead approves
// it (the letter to the debtor is written then), rejects it with a reason, or amends it
// within their own authority; a broken plan is marked reviewed (or renegotiated from the
// card).
class ApprovalsView : public QWidget
{
    Q_OBJECT
public:
    ApprovalsView(Database& db, const Clock& clock, Session session, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    int waiting() const { return int(m_items.size()); }
    void setLettersDir(const QString& dir) { m_lettersDir = dir; }
    void reload();
    void approveSelected();
    void rejectSelected();
    void amendSelected();
    void markSelectedReviewed();

signals:
    void debtorActivated(const QString& debtorId);
    void changed();
    void notice(const QString& text);
    void dialogOpened(QDialog* dialog);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showSelected();
    const PlanRepository::Approval* selected() const;
    // Approved or amended: the letter to the debtor, then the notice.
    void confirmed(const QString& planId, const QString& debtorId, const QString& what);

    Database& m_db;
    const Clock& m_clock;
    Session m_session;
    QString m_lettersDir;
    QVector<PlanRepository::Approval> m_items;
    QLabel* m_heading;
    QTableWidget* m_table;
    QLabel* m_details;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_amend;
    QPushButton* m_open;
    QPushButton* m_reviewed;
};

} // namespace ascolto
