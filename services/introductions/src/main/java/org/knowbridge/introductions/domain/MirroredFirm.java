package org.knowbridge.introductions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A firm as firm-profiles last published it: the card's facts, its onboarding agency and its name for contacts. */
@Entity
@Table(name = "firm")
public class MirroredFirm {

    @Id
    @Column(length = 100)
    public String id;

    @Column(name = "legal_name", nullable = false, length = 300)
    public String legalName;

    @Column(nullable = false, length = 2)
    public String country;

    @Column(length = 20)
    public String sector;

    @Column(name = "size_class", length = 20)
    public String sizeClass;

    @Column(name = "knowledge_areas_offered", nullable = false)
    public String[] knowledgeAreasOffered = new String[0];

    @Column(name = "knowledge_areas_sought", nullable = false)
    public String[] knowledgeAreasSought = new String[0];

    /** The org_id of the agency that onboarded it; null when the SME registered itself. */
    @Column(name = "onboarded_by", length = 100)
    public String onboardedBy;

    /** The contact the firm consented to share on accepted introductions; all null when it shares none. */
    @Column(name = "contact_name", length = 200)
    public String contactName;

    @Column(name = "contact_role", length = 200)
    public String contactRole;

    @Column(name = "contact_email", length = 254)
    public String contactEmail;

    @Column(name = "contact_phone", length = 40)
    public String contactPhone;

    /** Published and consented to be listed to partners. */
    @Column(nullable = false)
    public boolean listed;
}
