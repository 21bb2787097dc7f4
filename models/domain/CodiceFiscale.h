#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ascolto {

// Italian personal tax code (codice fiscale) of a natural person.
class CodiceFiscale
{
    Q_DECLARE_TR_FUNCTIONS(CodiceFiscale)
public:
    enum class Sex
    {
        Male,
        Female
    };

    struct Decoded
    {
        QString code; // normalised: upper case, no spaces
        QDate birthDate;
        Sex sex = Sex::Male;
        QString placeCode; // Belfiore code, omocodia undone (e.g. "H501")
    };

    // Checks layout, omocodia substitutions, month letter, day (+40 for women), date
    // validity and the check character. The century is guessed: a year that would be in the
    // future relative to referenceYear belongs to the previous century.
    static Result<Decoded> validate(const QString& text, int referenceYear = 2026);

    // Builds the code from personal data (used by the demo generator and tests). Names may
    // contain accents and apostrophes; they are folded to A-Z first.
    static QString encode(const QString& surname, const QString& name, const QDate& birthDate,
                          Sex sex, const QString& placeCode);

    // The check character for the first 15 characters (also the algorithm of the Italian
    // IBAN CIN, over the 22-character BBAN).
    static QChar checkCharacter(const QString& upperAlnum);
};

} // namespace ascolto
