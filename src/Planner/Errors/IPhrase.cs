namespace Planner.Errors;

/// <summary>
/// An argument of an error that says itself in each language (a list of agenda sessions with their dates): the edge
/// fills it into the code's sentence as <see cref="In"/> gives it, never as English text.
/// </summary>
public interface IPhrase
{
    /// <summary>The phrase in <paramref name="language"/>, fixed words from <paramref name="catalogue"/>.</summary>
    string In(Language language, Catalogue catalogue);
}
