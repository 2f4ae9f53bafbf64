using Planner.Http;

namespace Planner.Documents;

/// <summary>How an outcome document was adopted: signed by the head of each member state's delegation, or without signatures.</summary>
public enum Adoption
{
    Signed,
    AdoptedWithoutSigning,
}

/// <summary>A decision adopted at a meeting; <see cref="Number"/> is its place in the order of adoption (from 1).</summary>
public sealed record Decision(long Id, int Number, LocalizedText Title, LocalizedText Text, long Version);

/// <summary>A person who signed a document on behalf of a member state.</summary>
public sealed record Signatory(long PartyId, LocalizedText Party, long PersonId, LocalizedText Name, LocalizedText Title);

/// <summary>
/// A document adopted at a meeting. Signed documents list one signatory per member state, in order of
/// precedence; documents adopted without signing have none.
/// </summary>
public sealed record OutcomeDocument(long Id, int Number, LocalizedText Title, Adoption Adoption, IReadOnlyList<Signatory> Signatories, long Version);

/// <summary>The outcome of a meeting: decisions adopted and documents signed or adopted.</summary>
public sealed record Outcome(long EventId, IReadOnlyList<Decision> Decisions, IReadOnlyList<OutcomeDocument> Documents);

public sealed record DecisionInput(LocalizedTextInput? Title, LocalizedTextInput? Text, long? Version);

public sealed record SignatoryInput(long? PartyId, long? PersonId);

public sealed record OutcomeDocumentInput(LocalizedTextInput? Title, Adoption? Adoption, IReadOnlyList<SignatoryInput>? Signatories, long? Version);
