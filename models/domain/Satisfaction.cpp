#include "Satisfaction.h"

namespace ascolto {

SatisfactionScores SatisfactionScores::compute(const QVector<SurveyAnswer>& answers)
{
    Tally t;
    for (const SurveyAnswer& a : answers) {
        if (a.csat >= 1 && a.csat <= 5) {
            ++t.csatAnswers;
            t.satisfied += a.csat >= 4 ? 1 : 0;
        }
        if (a.ces >= 1 && a.ces <= 7) {
            ++t.cesAnswers;
            t.effortSum += a.ces;
        }
        if (a.nps >= 0 && a.nps <= 10) {
            ++t.npsAnswers;
            t.promoters += a.nps >= 9 ? 1 : 0;
            t.detractors += a.nps <= 6 ? 1 : 0;
        }
    }
    return fromTally(t);
}

SatisfactionScores SatisfactionScores::fromTally(const Tally& t)
{
    SatisfactionScores s;
    s.csatAnswers = t.csatAnswers;
    s.cesAnswers = t.cesAnswers;
    s.npsAnswers = t.npsAnswers;
    if (t.csatAnswers > 0)
        s.csatPercent = 100.0 * t.satisfied / t.csatAnswers;
    if (t.cesAnswers > 0)
        s.cesAverage = double(t.effortSum) / t.cesAnswers;
    if (t.npsAnswers > 0)
        s.nps = 100.0 * (t.promoters - t.detractors) / t.npsAnswers;
    return s;
}

bool SatisfactionScores::needsCloseTheLoop(const SurveyAnswer& a)
{
    return (a.nps >= 0 && a.nps <= 6) || (a.ces >= 1 && a.ces <= 3);
}

} // namespace ascolto
