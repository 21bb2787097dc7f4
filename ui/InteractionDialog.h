#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace ascolto {

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

// Marks a complaint resolved, with the resolution in words (what the client did).
class ResolveComplaintDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Status(const QString& resolution)>;
    ResolveComplaintDialog(const ComplaintRecord& complaint, Submit submit,
                           QWidget* parent = nullptr);
    void accept() override;

private:
    Submit m_submit;
    QPlainTextEdit* m_resolution;
    QLabel* m_error;
};

} // namespace ascolto
