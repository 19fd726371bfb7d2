package org.tongxing.sandbox.publicsecurity;

import java.time.LocalDate;

/**
 * A person's household registration (户籍) as the public security bureau (公安) records it, and as
 * {@code GET /sandbox/public-security/household-registrations/{idNumber}} answers it.
 *
 * @param regionCode the county-level division of the registration (GB/T 2260, for example {@code
 *     330302} 鹿城区); registrations anywhere in China are on file (policy item 1.7)
 * @param regionName the full name, for example 浙江省温州市鹿城区
 * @param householdNumber 户号
 * @param relationshipToHead 与户主关系, for example 户主, 子, 女, 配偶
 * @param status {@code ACTIVE} or {@code CANCELLED} (注销: moved abroad, deceased)
 * @param cancelledOn when the registration was cancelled; {@code null} while active
 * @param cancellationReason why, in Chinese; {@code null} while active
 */
public record HouseholdRegistration(
    String idNumber,
    String name,
    String gender,
    LocalDate birthDate,
    String regionCode,
    String regionName,
    String address,
    String householdNumber,
    String relationshipToHead,
    HouseholdStatus status,
    LocalDate cancelledOn,
    String cancellationReason) {}
