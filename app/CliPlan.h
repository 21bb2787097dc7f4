#pragma once

#include <QByteArray>

namespace ascolto {

// `ascolto-cli plan --preview`: a JSON request on stdin, the schedule and the checks as JSON
// on stdout. Returns the exit code: 0 for a valid request (whatever the checks say), 1 with
// {"error": ..., "field": ...} for an invalid one.
int runPlanPreview(const QByteArray& input, QByteArray* output);

} // namespace ascolto
