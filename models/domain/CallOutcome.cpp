#include "CallOutcome.h"

#include <array>

namespace ascolto::CallOutcome {

namespace {

struct Row
{
    const char* code;
    bool call;         // offered when saving a call
    bool conversation; // someone spoke with the debtor
    bool needsDebtor;  // the identity must be confirmed
    bool thirdParty;   // may be recorded when someone else answered
};

constexpr std::array<Row, 13> kRows{{
    {"reached_debtor", true, true, true, false},
    {"reached_third_party", true, false, false, true},
    {"no_answer", true, false, false, false},
    {"busy", true, false, false, false},
    {"wrong_number", true, false, false, false},
    {"message_left", true, false, false, true},
    {"promise", true, true, true, false},
    {"plan_requested", true, true, true, false},
    {"paid_during_call", true, true, true, false},
    {"dispute_raised", true, true, true, false},
    {"callback_requested", true, true, false, true},
    {"refused", true, true, true, false},
    {"sent", false, false, false, false},
}};

const Row* find(const QString& code)
{
    for (const Row& r : kRows)
        if (code == QLatin1String(r.code))
            return &r;
    return nullptr;
}

} // namespace

QStringList callOutcomes()
{
    QStringList out;
    for (const Row& r : kRows)
        if (r.call)
            out << QLatin1String(r.code);
    return out;
}

QStringList all()
{
    QStringList out;
    for (const Row& r : kRows)
        out << QLatin1String(r.code);
    return out;
}

bool isConversation(const QString& code)
{
    const Row* r = find(code);
    return r && r->conversation;
}

QStringList notConversations()
{
    QStringList out{QString()};
    for (const Row& r : kRows)
        if (!r.conversation)
            out << QLatin1String(r.code);
    return out;
}

bool needsDebtor(const QString& code)
{
    const Row* r = find(code);
    return r && r->needsDebtor;
}

bool allowedWithThirdParty(const QString& code)
{
    const Row* r = find(code);
    return r && r->thirdParty;
}

} // namespace ascolto::CallOutcome
