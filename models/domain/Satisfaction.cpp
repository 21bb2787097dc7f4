#include "Satisfaction.h"

namespace ascolto {

SatisfactionScores SatisfactionScores::compute(const QVector<SurveyAnswer>& answers)
{
    SatisfactionScores s;
    int satisfied = 0;
    int effort = 0;
    int promoters = 0;
    int detractors = 0;
    for (const SurveyAnswer& a : answers) {
        if (a.csat >= 1 && a.csat <= 5) {
            ++s.csatAnswers;
            satisfied += a.csat >= 4 ? 1 : 0;
        }
        if (a.ces >= 1 && a.ces <= 7) {
            ++s.cesAnswers;
            effort += a.ces;
        }
        if (a.nps >= 0 && a.nps <= 10) {
            ++s.npsAnswers;
            promoters += a.nps >= 9 ? 1 : 0;
            detractors += a.nps <= 6 ? 1 : 0;
        }
    }
    if (s.csatAnswers > 0)
        s.csatPercent = 100.0 * satisfied / s.csatAnswers;
    if (s.cesAnswers > 0)
        s.cesAverage = double(effort) / s.cesAnswers;
    if (s.npsAnswers > 0)
        s.nps = 100.0 * (promoters - detractors) / s.npsAnswers;
    return s;
}

bool SatisfactionScores::needsCloseTheLoop(const SurveyAnswer& a)
{
    return (a.nps >= 0 && a.nps <= 6) || (a.ces >= 1 && a.ces <= 3);
}

} // namespace ascolto
