using Planner.Data;
using Planner.Events;
using Planner.Http;

namespace Planner.Documents;

/// <summary>What the outcome of a meeting must be: its numbering and the checks of decisions, documents and signatories.</summary>
/// <remarks>Pure: every fact from the database is passed in, so the rules are tested without a host.</remarks>
public static class OutcomeRules
{
    /// <summary>The most decisions or documents one meeting may have.</summary>
    public const int MaxItems = 200;

    /// <summary>The longest text of a decision, per language.</summary>
    public const int MaxDecisionText = 8000;

    /// <summary>The most signatories one document may have.</summary>
    public const int MaxSignatories = 100;

    /// <summary>
    /// Numbers decisions or documents in the order of adoption: by position, then by id (the earlier record first
    /// where two share a position), from 1 and without gaps, so the numbers close up after one is deleted.
    /// </summary>
    public static IEnumerable<(T Item, int Number)> Number<T>(IEnumerable<T> items, Func<T, long> position, Func<T, long> id) =>
        items.OrderBy(position).ThenBy(id).Select((item, i) => (item, i + 1));

    /// <summary>Checks a decision: a title in at least one language, a text of at most <see cref="MaxDecisionText"/> characters per language.</summary>
    public static (LocalizedText Title, LocalizedText Text) CheckDecision(Check check, DecisionInput input, bool existing)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(input);
        var title = LocalizedTextInput.Check(check, "title", input.Title);
        var text = input.Text is not { } t
            ? new LocalizedText("", "", "")
            : new LocalizedText(check.Text("text.en", t.En, false, MaxDecisionText), check.Text("text.ru", t.Ru, false, MaxDecisionText),
                check.Text("text.zh", t.Zh, false, MaxDecisionText));
        if (existing)
            check.Required("version", input.Version);
        return (title, text);
    }

    /// <summary>
    /// Checks an outcome document as a whole: a title, how it was adopted, and signatories that fit the adoption
    /// (a signed document names them, one adopted without signing has none).
    /// </summary>
    public static (LocalizedText Title, Adoption Adoption, IReadOnlyList<SignatoryInput?> Signatories) CheckDocument(Check check, OutcomeDocumentInput input,
        bool existing)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(input);
        var title = LocalizedTextInput.Check(check, "title", input.Title);
        var adoption = check.Required("adoption", input.Adoption);
        var signatories = input.Signatories ?? [];
        if (existing)
            check.Required("version", input.Version);
        if (input.Adoption == Adoption.Signed && signatories.Count == 0)
            check.Fail("signatories", "A signed document names its signatories: one per member state that signed it.", ErrorCode.OutcomeSignatoriesMissing);
        if (input.Adoption == Adoption.AdoptedWithoutSigning && signatories.Count > 0)
            check.Fail("signatories", "A document adopted without signing has no signatories.", ErrorCode.OutcomeUnsignedWithSignatories);
        check.That(signatories.Count <= MaxSignatories, "signatories", $"A document has at most {MaxSignatories} signatories.", ErrorCode.OutcomeTooManySignatories);
        return (title, adoption, signatories);
    }

    /// <summary>
    /// Checks signatory <paramref name="index"/>: one per party (<paramref name="seen"/> holds the parties before it), the party a
    /// member of the event, the person one of the party's own people (as <paramref name="facts"/> tell).
    /// </summary>
    public static void CheckSignatory(Check check, int index, long eventId, long partyId, long personId, ISet<long> seen, SignatoryFacts facts)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(facts);
        var (role, personParty) = facts;
        var at = $"signatories[{index}]";
        if (!seen.Add(partyId))
            check.Fail($"{at}.partyId", $"The party {partyId} is named twice; one signatory signs for each state.", ErrorCode.SignatoryPartyTwice);
        if (role is null)
            check.Fail($"{at}.partyId", $"The party {partyId} does not take part in the event {eventId}.", ErrorCode.SignatoryNotTakingPart);
        else if (role != ParticipationRole.Member)
            check.Fail($"{at}.partyId", $"The party {partyId} takes part as {Enums.Name(role.Value)}; only member states sign outcome documents.", ErrorCode.SignatoryNotMember);
        if (personParty is null)
            check.Fail($"{at}.personId", $"There is no person with id {personId}.", ErrorCode.PersonNotFound);
        else if (personParty != partyId)
            check.Fail($"{at}.personId", $"The person {personId} does not belong to the party {partyId}.", ErrorCode.SignatoryNotOfParty);
    }
}
