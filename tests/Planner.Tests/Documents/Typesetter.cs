using Planner.Documents.Composer;

namespace Planner.Tests.Documents;

/// <summary>The font set and composer the composer's own tests print with; a host makes its own (see <c>AddDocuments</c>).</summary>
internal static class Typesetter
{
    public static FontSet Fonts { get; } = new();

    public static PdfComposer Composer { get; } = new(Fonts);
}
