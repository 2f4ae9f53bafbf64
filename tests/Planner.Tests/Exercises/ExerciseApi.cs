using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Planner.Tests.Support;

namespace Planner.Tests.Exercises;

/// <summary>Shortcuts to the demo exercises and their parts through the API.</summary>
internal static class ExerciseApi
{
    public const string Norak = "Norak-Antiterror 2009";

    public const string PeaceMission = "Peace Mission 2010";

    public static Task<long> NorakIdAsync(this HttpClient client) => client.EventIdAsync(Norak);

    public static string Url(long id, string path = "") => $"/api/events/{id}/exercise{path}";

    public static async Task<JsonArray> ArrayAsync(this HttpClient client, string url) => (await client.GetJsonAsync(url)).AsArray();

    /// <summary>The objective with <paramref name="number"/> of the exercise.</summary>
    public static async Task<JsonNode> ObjectiveAsync(this HttpClient client, long id, int number) =>
        (await client.ArrayAsync(Url(id, "/objectives"))).Single(o => o!["number"]!.GetValue<int>() == number)!;

    /// <summary>The inject with <paramref name="number"/> in the MSEL.</summary>
    public static async Task<JsonNode> InjectAsync(this HttpClient client, long id, int number) =>
        (await client.ArrayAsync(Url(id, "/msel"))).Single(o => o!["number"]!.GetValue<int>() == number)!;

    public static async Task<JsonNode> PostCsvAsync(this HttpClient client, string url, string csv, int expectedStatus)
    {
        using var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        return await (await client.PostAsync(url, content)).JsonAsync(expectedStatus);
    }

    public static async Task<byte[]> ReportAsync(this HttpClient client, long id, string lang = "en")
    {
        var response = await client.GetAsync($"/api/events/{id}/documents/report.pdf?lang={lang}");
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<int> StatusAsync(this HttpClient client, HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return (int)(await client.SendAsync(request)).StatusCode;
    }

    /// <summary>The names of the fields a problem response blames.</summary>
    public static string[] Fields(JsonNode problem) => problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();
}
