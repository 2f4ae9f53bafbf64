namespace Planner.Http;

/// <summary>The language a reader asks for with <c>Accept-Language</c>: the most preferred of en, ru and zh; English without one.</summary>
public static class ReaderLanguage
{
    /// <summary>
    /// The first working language in the header's order of preference (quality, then order given):
    /// <c>ru-RU,ru;q=0.9,en;q=0.8</c> is Russian, <c>zh-CN</c> Chinese, <c>de</c> or no header English.
    /// </summary>
    public static Language Of(HttpRequest? request)
    {
        if (request is null)
            return Language.English;
        var ranked = request.GetTypedHeaders().AcceptLanguage
            .Select((value, index) => (value, index))
            .OrderByDescending(v => v.value.Quality ?? 1)
            .ThenBy(v => v.index);
        foreach (var (value, _) in ranked)
        {
            if ((value.Quality ?? 1) > 0 && Language.TryParse(value.Value.Value, out var language))
                return language;
        }

        return Language.English;
    }
}
