#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ascolto {

class DateField;

// Rectification (GDPR art. 16): the debtor's registry data as the store holds them, to
// correct what the debtor says is wrong (a misspelt name, a new address, a tax code typed
// wrong by the client). `rectify` checks and saves (DebtorRepository::rectify); its refusal
// is shown under the fields and nothing is saved.
class DebtorDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    using Rectify = std::function<Result<QStringList>(const DebtorRecord& corrected)>;
    DebtorDetailsDialog(const DebtorRecord& debtor, const QDate& today, Rectify rectify,
                        QWidget* parent = nullptr);
    void accept() override;
    // The columns the last save changed.
    const QStringList& changed() const { return m_changed; }

private:
    DebtorRecord m_debtor;
    Rectify m_rectify;
    QStringList m_changed;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_companyName = nullptr;
    QLineEdit* m_name = nullptr; // a name the client's file gave in one piece
    QLineEdit* m_taxCode;
    QLineEdit* m_vatNumber;
    DateField* m_birthDate = nullptr;
    QComboBox* m_language;
    QLineEdit* m_address;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QLineEdit* m_province;
    QLabel* m_error;
};

} // namespace ascolto
