namespace NetzwerkCheck.Domain.Value;

/// <summary>What taking part in one network costs: fees in euro and the time it takes each month.</summary>
public sealed record MembershipCosts(decimal? AdmissionFee, decimal? YearlyFee, decimal? CostPerEvent, decimal? HoursPerMonth)
{
    /// <summary>Amounts above this are typing errors, not fees or orders.</summary>
    public const decimal MaxAmount = 10_000_000m;

    /// <summary>A month has at most 31 × 24 hours.</summary>
    public const decimal MaxHoursPerMonth = 744m;

    public static MembershipCosts None { get; } = new(null, null, null, null);

    public bool IsEmpty => AdmissionFee is null && YearlyFee is null && CostPerEvent is null && HoursPerMonth is null;
}
