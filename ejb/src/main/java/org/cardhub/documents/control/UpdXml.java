package org.cardhub.documents.control;

import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.Dates;
import org.cardhub.documents.entity.Figures;
import org.cardhub.documents.entity.Party;
import org.cardhub.documents.entity.SalesLine;
import org.cardhub.money.Amount;
import org.cardhub.organizations.entity.OrganizationForm;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The UPD as the seller's exchange file of the FNS format 5.03 (KND 1115131, function СЧФДОП: an invoice and the
 * document of the transfer in one), in windows-1251, written with StAX, for an EDI operator to sign and send. The file
 * is named by the format's rule, {@code ON_NSCHFDOPPR_<receiver>_<sender>_<yyyyMMdd>_<GUID>}, the participants named
 * by their EDI identifiers. A later version is an "исправление" (ИспрДок) of the first.
 */
final class UpdXml {

    static final String ENCODING = "windows-1251";
    static final String PREFIX = "ON_NSCHFDOPPR";
    private static final String PROGRAM = "Cardhub 1.0";
    private static final String FACT = "Документ об отгрузке товаров (выполнении работ), передаче имущественных прав "
            + "(документ об оказании услуг)";
    private static final String NAME = "Счет-фактура и документ об отгрузке товаров (выполнении работ), передаче "
            + "имущественных прав (документ об оказании услуг)";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm.ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final ClosingFacts facts;
    private final String fileId;
    private XMLStreamWriter xml;

    /** {@code receiver} and {@code sender}: the EDI identifiers of the buyer and the seller. */
    UpdXml(ClosingFacts facts, String receiver, String sender) {
        this.facts = facts;
        this.fileId = PREFIX + "_" + receiver + "_" + sender + "_"
                + DAY.format(facts.issuedAt().atZone(facts.contract().timeZone())) + "_" + UUID.randomUUID();
    }

    String fileName() {
        return fileId + ".xml";
    }

    void write(OutputStream out) throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, ENCODING);
            xml.writeStartDocument(ENCODING, "1.0");
            start("Файл", "ИдФайл", fileId, "ВерсФорм", "5.03", "ВерсПрог", PROGRAM);
            LocalDateTime made = LocalDateTime.ofInstant(facts.issuedAt(), facts.contract().timeZone());
            start("Документ", "КНД", "1115131", "Функция", "СЧФДОП", "ПоФактХЖ", FACT, "НаимДокОпр", NAME,
                    "ДатаИнфПр", Dates.day(made.toLocalDate()), "ВремИнфПр", TIME.format(made),
                    "НаимЭконСубСост", facts.seller().name() + ", ИНН/КПП: " + facts.seller().innKpp());
            invoice();
            table();
            transfer();
            start("Подписант", "Должн", facts.signer().position(), "СпосПодтПолном", "1");
            empty("ФИО", "Фамилия", facts.signer().surname(), "Имя", facts.signer().firstName(),
                    "Отчество", facts.signer().patronymic());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("The UPD exchange file could not be written", e);
        }
    }

    /** СвСчФакт: number, date, correction, seller, shipper, consignee, the shipping document, buyer, currency. */
    private void invoice() throws XMLStreamException {
        start("СвСчФакт", "НомерДок", facts.number(), "ДатаДок", Dates.day(facts.date()));
        if (facts.isCorrection()) {
            empty("ИспрДок", "НомИспр", Integer.toString(facts.correctionNumber()), "ДатаИспр", Dates.day(facts.issuedOn()));
        }
        party("СвПрод", facts.seller());
        start("ГрузОт");
        start("ОнЖе");
        xml.writeCharacters("он же");
        xml.writeEndElement();
        xml.writeEndElement();
        party("ГрузПолуч", facts.buyer());
        empty("ДокПодтвОтгрНом", "РеквНаимДок", "Универсальный передаточный документ", "РеквНомерДок", facts.number(),
                "РеквДатаДок", Dates.day(facts.date()));
        party("СвПокуп", facts.buyer());
        empty("ДенИзм", "КодОКВ", "643", "НаимОКВ", "Российский рубль");
        xml.writeEndElement();
    }

    private void party(String element, Party party) throws XMLStreamException {
        start(element);
        start("ИдСв");
        if (party.isLegalEntity()) {
            empty("СвЮЛУч", "НаимОрг", party.name(), "ИННЮЛ", party.inn(), "КПП", party.kpp());
        } else {
            List<String> name = party.personName();
            boolean entrepreneur = party.form() == OrganizationForm.INDIVIDUAL_ENTREPRENEUR;
            start(entrepreneur ? "СвИП" : "СвФЛУч", "ИННФЛ", party.inn(), entrepreneur ? "ОГРНИП" : "ИныеСвед",
                    entrepreneur ? party.ogrn() : party.name());
            empty("ФИО", "Фамилия", name.get(0), "Имя", name.get(1), "Отчество", name.get(2));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        if (party.address() != null && !party.address().isBlank()) {
            start("Адрес");
            empty("АдрИнф", "КодСтр", "643", "НаимСтран", "РОССИЯ", "АдрТекст", party.address());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** ТаблСчФакт: a СведТов per product, then ВсегоОпл, whose total with VAT is what the month's sales posted. */
    private void table() throws XMLStreamException {
        start("ТаблСчФакт");
        List<SalesLine> lines = facts.summary().sales(facts.vat());
        for (int i = 0; i < lines.size(); i++) {
            SalesLine line = lines.get(i);
            start("СведТов", "НомСтр", Integer.toString(i + 1), "НаимТов", line.name(), "ОКЕИ_Тов", line.unitCode(),
                    "НаимЕдИзм", line.unit(), "КолТов", line.byVolume() ? Figures.plainLitres(line.millilitres())
                            : Long.toString(line.count()),
                    "ЦенаТов", Figures.plainRoubles(line.unitPriceNet().minorUnits()),
                    "СтТовБезНДС", Figures.plainRoubles(line.net().minorUnits()), "НалСт", line.vat().label(),
                    "СтТовУчНал", Figures.plainRoubles(line.gross().minorUnits()));
            empty("ДопСведТов", "ПрТовРаб", line.byVolume() ? "1" : "3", "КодТов", line.productCode());
            start("Акциз");
            text("БезАкциз", "без акциза");
            xml.writeEndElement();
            start("СумНал");
            text("СумНал", Figures.plainRoubles(line.tax().minorUnits()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        Amount tax = facts.summary().salesTax(facts.vat());
        Amount gross = facts.summary().sold();
        start("ВсегоОпл", "СтТовБезНДСВсего", Figures.plainRoubles(gross.minus(tax).minorUnits()),
                "СтТовУчНалВсего", Figures.plainRoubles(gross.minorUnits()));
        start("СумНалВсего");
        text("СумНал", Figures.plainRoubles(tax.minorUnits()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** СвПродПер: what was handed over, when, and on what grounds (the contract). */
    private void transfer() throws XMLStreamException {
        start("СвПродПер");
        start("СвПер", "СодОпер", "Товары переданы, услуги оказаны", "ДатаПер", Dates.day(facts.date()));
        empty("ОснПер", "РеквНаимДок", "Договор", "РеквНомерДок", facts.contract().contractNumber(),
                "РеквДатаДок", Dates.day(facts.contractDate()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void start(String element, String... attributes) throws XMLStreamException {
        xml.writeStartElement(element);
        attributes(attributes);
    }

    private void empty(String element, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(element);
        attributes(attributes);
    }

    private void text(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Name, value, name, value…; an attribute without a value is left out (the format has no empty attributes). */
    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null && !attributes[i + 1].isBlank()) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }
    }
}
