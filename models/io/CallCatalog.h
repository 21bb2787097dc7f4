#pragma once

#include "domain/CallScript.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QLocale>

namespace ascolto {

// Call scripts, empathy guidance and payment-education templates, per language. The
// defaults are built in (resources/scripts, resources/messages); a client's own versions
// in <overrideDir>/<CLIENT CODE>/calls_<lang>.json and education_<lang>.json replace
// the scripts, emotions and templates they define.
class CallCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CallCatalog)
public:
    static QString normalisedLanguage(const QString& language);
    static QLocale localeFor(const QString& language);

    static Result<ScriptLibrary> scripts(const QString& language, const QString& clientCode = {},
                                         const QString& overrideDir = {});
    static Result<QVector<MessageTemplate>> templates(const QString& language,
                                                      const QString& clientCode = {},
                                                      const QString& overrideDir = {});

    // Checks a client's own file (calls_<it|en>.json or education_<it|en>.json, by its name)
    // with the same checks a call start makes, then copies it to
    // <overrideDir>/<CLIENT CODE>/. A refused file changes nothing; the message names the
    // file and the step.
    static Status installClientFile(const QString& file, const QString& clientCode,
                                    const QString& overrideDir);

    // What the placeholders need beyond the card.
    struct Context
    {
        ClientRecord client;
        QString operatorName;
        QDate today;
        QVector<InvoiceRecord> openBills; // oldest due first
    };
    // Placeholder values for the debtor, formatted for `language` (it/en).
    static QHash<QString, QString> values(const DebtorCard& card, const Context& context,
                                          const QString& language);
};

} // namespace ascolto
