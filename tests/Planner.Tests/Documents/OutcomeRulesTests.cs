using Planner.Documents;
using Planner.Errors;
using Planner.Events;
using Planner.Http;

namespace Planner.Tests.Documents;

/// <summary>The outcome's numbering and checks, without a host.</summary>
public sealed class OutcomeRulesTests
{
    [Fact]
    public void Decisions_are_numbered_from_one_in_order_of_position_and_close_up_after_a_deletion()
    {
        // Positions 1, 3 and 4 are left after decision 2 was deleted; they are read in no particular order.
        (long Id, long Position)[] rows = [(40, 4), (10, 1), (30, 3)];
        var numbered = OutcomeRules.Number(rows, r => r.Position, r => r.Id).Select(x => (x.Item.Id, x.Number)).ToList();
        Assert.Equal([(10L, 1), (30L, 2), (40L, 3)], numbered);
    }

    [Fact]
    public void Two_decisions_with_the_same_position_are_numbered_by_the_earlier_id_first()
    {
        (long Id, long Position)[] rows = [(9, 1), (7, 1)];
        Assert.Equal([7L, 9L], OutcomeRules.Number(rows, r => r.Position, r => r.Id).Select(x => x.Item.Id));
    }

    [Fact]
    public void A_signed_document_without_signatories_is_refused_with_its_own_code()
    {
        var check = new Check();
        OutcomeRules.CheckDocument(check, new OutcomeDocumentInput(new LocalizedTextInput("Protocol", null, null), Adoption.Signed, [], null), existing: false);
        var error = Assert.Throws<PlannerException>(check.ThrowIfFailed);
        Assert.Equal("outcome.signatoriesMissing", error.Code);
        Assert.Equal(["signatories"], error.Errors.Keys);
    }

    [Fact]
    public void A_document_adopted_without_signing_has_no_signatories_and_a_changed_one_needs_its_version()
    {
        var check = new Check();
        OutcomeRules.CheckDocument(check, new OutcomeDocumentInput(new LocalizedTextInput("Statement", null, null), Adoption.AdoptedWithoutSigning,
            [new SignatoryInput(1, 2)], null), existing: true);
        var error = Assert.Throws<PlannerException>(check.ThrowIfFailed);
        Assert.Equal(["signatories", "version"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_a_member_state_signs_through_one_of_its_own_people_once()
    {
        var check = new Check();
        var seen = new HashSet<long>();
        OutcomeRules.CheckSignatory(check, 0, 5, partyId: 1, personId: 11, seen, new SignatoryFacts(ParticipationRole.Member, 1));
        Assert.False(check.Failed);

        OutcomeRules.CheckSignatory(check, 1, 5, partyId: 1, personId: 12, seen, new SignatoryFacts(ParticipationRole.Member, 1));
        OutcomeRules.CheckSignatory(check, 2, 5, partyId: 2, personId: 21, seen, new SignatoryFacts(ParticipationRole.Observer, 3));
        OutcomeRules.CheckSignatory(check, 3, 5, partyId: 4, personId: 99, seen, new SignatoryFacts(null, null));
        var error = Assert.Throws<PlannerException>(check.ThrowIfFailed);
        Assert.Equal("signatory.partyTwice", error.Code);
        Assert.Contains("takes part as observer", error.Errors["signatories[2].partyId"][0], StringComparison.Ordinal);
        Assert.Contains("does not belong to the party 2", error.Errors["signatories[2].personId"][0], StringComparison.Ordinal);
        Assert.Contains("does not take part in the event 5", error.Errors["signatories[3].partyId"][0], StringComparison.Ordinal);
        Assert.Equal("There is no person with id 99.", error.Errors["signatories[3].personId"][0]);
    }

    [Fact]
    public void A_decision_text_is_limited_per_language()
    {
        var check = new Check();
        var (_, text) = OutcomeRules.CheckDecision(check, new DecisionInput(new LocalizedTextInput("On the budget", null, null),
            new LocalizedTextInput("Approved.", new string('я', OutcomeRules.MaxDecisionText + 1), null), null), existing: false);
        Assert.Equal("Approved.", text.En);
        var error = Assert.Throws<PlannerException>(check.ThrowIfFailed);
        Assert.Equal(["text.ru"], error.Errors.Keys);
    }
}
