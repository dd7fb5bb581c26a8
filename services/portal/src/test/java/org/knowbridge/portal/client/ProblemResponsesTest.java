package org.knowbridge.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowbridge.portal.domain.ApiProblem;

class ProblemResponsesTest {

    @Test
    void aProblemGivesItsDetailAndTheFieldsItNames() {
        ApiProblem problem = ProblemResponses.problemOf(400, """
                {"type": "https://knowbridge.org/problems/validation-failed", "status": 400,
                 "detail": "2 field(s) failed validation",
                 "errors": [{"field": "country", "message": "is not a country code"},
                            {"field": "knowledgeAreasSought[1]", "message": "must not be blank"},
                            {"field": "knowledgeAreasSought[3]", "message": "is too long"}]}
                """);

        assertEquals(400, problem.status());
        assertEquals("2 field(s) failed validation", problem.detail());
        assertEquals(
                Map.of("country", "is not a country code", "knowledgeAreasSought", "must not be blank"),
                problem.fieldErrors());
    }

    @Test
    void anAnswerThatIsNoProblemGetsAPlainSentenceNeverItsBody() {
        ApiProblem problem = ProblemResponses.problemOf(502, "<html>Bad gateway</html>");

        assertEquals("The service answered with HTTP status 502.", problem.detail());
        assertEquals(Map.of(), problem.fieldErrors());
    }
}
