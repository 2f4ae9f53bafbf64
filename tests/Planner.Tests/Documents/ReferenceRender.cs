using System.Diagnostics;
using System.Runtime.CompilerServices;
using SkiaSharp;

namespace Planner.Tests.Documents;

/// <summary>
/// Compares a PDF page rendered by poppler's <c>pdftoppm</c> (as a reader sees it) with its reference render in
/// <c>References/</c>, which a person has looked at. Set <c>PLANNER_UPDATE_REFERENCES=1</c> to write new references
/// after a deliberate change, then look at them.
/// </summary>
internal static class ReferenceRender
{
    /// <summary>Resolution of the renders: enough to see a page whole, small enough to keep in the repository.</summary>
    private const int Dpi = 60;

    /// <summary>Share of pixels that may differ clearly (by more than 96 of 255 in grey), e.g. for anti-aliasing.</summary>
    private const double Tolerance = 0.01;

    public static async Task AssertMatchesAsync(byte[] pdf, int page, string name)
    {
        var actual = await RenderAsync(pdf, page, name);
        var reference = Path.Combine(ReferenceFolder(), name);
        if (Environment.GetEnvironmentVariable("PLANNER_UPDATE_REFERENCES") == "1")
            File.Copy(actual, reference, overwrite: true);
        Assert.True(File.Exists(reference), $"No reference render {reference}; the page as rendered now is {actual}.");

        using var expected = SKBitmap.Decode(reference);
        using var got = SKBitmap.Decode(actual);
        Assert.Equal((expected.Width, expected.Height), (got.Width, got.Height));
        var differing = 0;
        for (var y = 0; y < got.Height; y++)
        {
            for (var x = 0; x < got.Width; x++)
            {
                if (Math.Abs(Grey(expected.GetPixel(x, y)) - Grey(got.GetPixel(x, y))) > 96)
                    differing++;
            }
        }

        var share = (double)differing / (got.Width * got.Height);
        Assert.True(share <= Tolerance, $"{share:P2} of {name} differs from the reference; compare {actual} with {reference}.");
    }

    private static int Grey(SKColor c) => (c.Red + c.Green + c.Blue) / 3;

    private static async Task<string> RenderAsync(byte[] pdf, int page, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "planner-renders");
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, Path.ChangeExtension(name, ".pdf"));
        await File.WriteAllBytesAsync(input, pdf);
        var output = Path.Combine(folder, Path.GetFileNameWithoutExtension(name));
        using var process = Process.Start(new ProcessStartInfo("pdftoppm",
            ["-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", $"{page}", "-l", $"{page}", "-png", "-singlefile", input, output])
        {
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("pdftoppm did not start; tests/run.sh installs poppler-utils.");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pdftoppm failed: {errors}");
        return output + ".png";
    }

    private static string ReferenceFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "References");
}
