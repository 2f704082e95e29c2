using NetzwerkCheck.Domain.Workshops;

namespace NetzwerkCheck.Domain.Tests.Workshops;

public sealed class OpenAnswerTally
{
    private static readonly WorkshopQuestion Tip = WorkshopQuestions.Challenge.Single(q => q.Key == "tip");

    [Fact]
    public void OnlyShownAnswersAreListedButEveryAnswerCountsAsARespondent()
    {
        string[] all = ["Zuhören", "Geduld", "Kaufen Sie bei mir!", "Anrufen"];

        var tally = WorkshopTally.For(Tip, all, ["Zuhören", "Geduld"], unreviewed: 1);

        Assert.Equal(4, tally.Respondents);
        Assert.Equal([("Geduld", 1), ("Zuhören", 1)], tally.Texts);
        Assert.Equal(1, tally.Unreviewed);
    }

    [Fact]
    public void WithoutShownAnswersNothingIsListed() =>
        Assert.Empty(WorkshopTally.For(Tip, ["Zuhören", "Geduld"]).Texts);

    [Fact]
    public void TheSameWordingUpToCaseAndSpacesIsOneAnswerCountedMostFrequentFirst()
    {
        string[] shown = ["Geduld", "zuhören", "Zuhören ", "  Zuhören", "Anrufen   statt mailen", "Anrufen statt mailen"];

        var tally = WorkshopTally.For(Tip, shown, shown);

        Assert.Equal(3, tally.Texts[0].Count);
        Assert.Equal("zuhören", tally.Texts[0].Text.ToLowerInvariant());
        Assert.Equal([("Anrufen statt mailen", 2), ("Geduld", 1)], tally.Texts.Skip(1));
    }

    [Fact]
    public void ChoiceQuestionsHaveNoUnreviewedAnswers() =>
        Assert.Equal(0, WorkshopTally.For(WorkshopQuestions.Challenge[0], ["hunter"], unreviewed: 3).Unreviewed);
}

public sealed class WordCloudRules
{
    [Fact]
    public void WordsAreCountedAcrossAnswersWeightedByHowOftenEachAnswerCame()
    {
        // "Zuhören" twice in one answer given three times = 6; "Fragen" 3 + 1 = 4; filler words vanish.
        var words = WordCloud.Of([("Zuhören, zuhören und Fragen stellen", 3), ("Gute Fragen", 1), ("Ich höre zu", 1)]);

        Assert.Equal(("Zuhören", 6), (words[0].Word, words[0].Count));
        Assert.Equal(("Fragen", 4), (words[1].Word, words[1].Count));
        Assert.Equal([("stellen", 3), ("Gute", 1), ("höre", 1)], words.Skip(2).Select(w => (w.Word, w.Count)));
        Assert.DoesNotContain(words, w => w.Word is "und" or "Ich" or "zu");
    }

    [Fact]
    public void HyphenatedWordsStayWholeAndNumbersAndShortWordsAreLeftOut()
    {
        var words = WordCloud.Of([("E-Mail nach 24 h, Follow-up am Tag 2", 1)]);

        Assert.Equal(["E-Mail", "Follow-up", "Tag"], words.Select(w => w.Word));
    }

    [Fact]
    public void TheCloudKeepsTheMostFrequentWords()
    {
        var answers = Enumerable.Range(1, 30).Select(i => ($"Wort{new string('x', i)}", i)).ToList();

        var words = WordCloud.Of(answers);

        Assert.Equal(WordCloud.MaxWords, words.Count);
        Assert.Equal(30, words[0].Count);
        Assert.Equal(7, words[^1].Count);
    }
}

public sealed class OwnQuestionRules
{
    private static Workshop NewWorkshop() => Workshop.Open("owner", "Titel", WorkshopKind.Challenge, "ABCDEF", "salt", DateTime.UnixEpoch);

    [Fact]
    public void ASingleChoiceQuestionTakesOneOptionPerLineWithoutBlanks()
    {
        var (question, problem) = OwnQuestions.Build(NewWorkshop(), QuestionKind.SingleChoice, "  Wie oft treffen Sie sich? ", "monatlich\r\n\n  wöchentlich \nseltener\n");

        Assert.Null(problem);
        Assert.Equal(new WorkshopQuestion("own-1", QuestionKind.SingleChoice, question!.Options, "Wie oft treffen Sie sich?"), question);
        Assert.Equal(["monatlich", "wöchentlich", "seltener"], question.Options);
        Assert.True(question.IsOwn);
    }

    [Fact]
    public void ScaleAndOpenQuestionsIgnoreTypedOptions()
    {
        var workshop = NewWorkshop();
        var (scale, _) = OwnQuestions.Build(workshop, QuestionKind.Rating, "Wie zufrieden sind Sie?", "a\nb");
        workshop.Questions.Add(scale!);
        var (open, _) = OwnQuestions.Build(workshop, QuestionKind.OpenText, "Was nehmen Sie mit?", "a\nb");

        Assert.Equal(["1", "2", "3", "4", "5"], scale!.Options);
        Assert.Empty(open!.Options);
        Assert.Equal(("own-1", "own-2"), (scale.Key, open.Key));
    }

    [Theory]
    [InlineData(QuestionKind.OpenText, "   ", null, OwnQuestionProblem.TextMissing)]
    [InlineData(QuestionKind.OpenText, null, null, OwnQuestionProblem.TextMissing)]
    [InlineData(QuestionKind.MultipleChoice, "Frage?", "a\nb", OwnQuestionProblem.KindNotOffered)]
    [InlineData((QuestionKind)99, "Frage?", null, OwnQuestionProblem.KindNotOffered)]
    [InlineData(QuestionKind.SingleChoice, "Frage?", "nur eine", OwnQuestionProblem.TooFewOptions)]
    [InlineData(QuestionKind.SingleChoice, "Frage?", "1\n2\n3\n4\n5\n6\n7\n8\n9", OwnQuestionProblem.TooManyOptions)]
    [InlineData(QuestionKind.SingleChoice, "Frage?", "Ja\nja", OwnQuestionProblem.OptionsRepeat)]
    public void BadInputNamesTheProblem(QuestionKind kind, string? text, string? options, OwnQuestionProblem expected)
    {
        var (question, problem) = OwnQuestions.Build(NewWorkshop(), kind, text, options);

        Assert.Null(question);
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void LengthLimitsHoldAtTheBoundary()
    {
        var workshop = NewWorkshop();
        Assert.Null(OwnQuestions.Build(workshop, QuestionKind.OpenText, new string('x', 160), null).Problem);
        Assert.Equal(OwnQuestionProblem.TextTooLong, OwnQuestions.Build(workshop, QuestionKind.OpenText, new string('x', 161), null).Problem);
        Assert.Null(OwnQuestions.Build(workshop, QuestionKind.SingleChoice, "Frage?", new string('a', 60) + "\nb").Problem);
        Assert.Equal(OwnQuestionProblem.OptionTooLong, OwnQuestions.Build(workshop, QuestionKind.SingleChoice, "Frage?", new string('a', 61) + "\nb").Problem);
    }

    [Fact]
    public void ASequenceHoldsAtMostThirtyItems()
    {
        var workshop = NewWorkshop();
        while (workshop.Questions.Count < OwnQuestions.MaxSequenceLength)
        {
            workshop.Questions.Add(OwnQuestions.Build(workshop, QuestionKind.OpenText, "Noch eine?", null).Question!);
        }

        Assert.Equal(OwnQuestionProblem.SequenceFull, OwnQuestions.Build(workshop, QuestionKind.OpenText, "Noch eine?", null).Problem);
        Assert.Equal("own-21", workshop.Questions[^1].Key);
    }

    [Fact]
    public void ItemsMoveOnePlaceAndNotPastEitherEnd()
    {
        var workshop = NewWorkshop();

        Assert.True(workshop.MoveQuestion(0, +1));
        Assert.Equal(["network-kinds", "style"], workshop.Questions.Take(2).Select(q => q.Key));
        Assert.False(workshop.MoveQuestion(0, -1));
        Assert.False(workshop.MoveQuestion(8, +1));
        Assert.False(workshop.MoveQuestion(2, +2));
        Assert.False(workshop.MoveQuestion(9, -1));
    }

    [Fact]
    public void ItemsCanBeRemovedButTheLastOneStays()
    {
        var workshop = NewWorkshop();
        while (workshop.Questions.Count > 1)
        {
            Assert.True(workshop.RemoveQuestion(0));
        }

        Assert.False(workshop.RemoveQuestion(0));
        Assert.False(workshop.RemoveQuestion(-1));
        Assert.Equal("debrief", workshop.Questions.Single().Key);
    }
}
