#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace ascolto {

// The answer to an access request (SubjectAccess::collect) as two files beside each other:
// `<stem>.json`, machine-readable and complete, and `<stem>.pdf`, the same data laid out to
// be read (one table per kind of record, amounts in euro). Both owner-only (PrivateFile).
// The PDF needs a QGuiApplication (fonts).
class SubjectAccessReport
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessReport)
public:
    static QString html(const QJsonObject& data);
    // The paths written: {json, pdf}.
    static Result<QStringList> write(const QJsonObject& data, const QString& dir,
                                     const QString& stem);
};

} // namespace ascolto
