/**
 * The bench trust's extra names. A trust of 36 schools draws on many naming traditions: its roll
 * holds some 700 distinct forenames and 2,500 surnames, the commonest (Smith) about 1 % of pupils.
 * The school pools alone give a trust half as many, and a Smith in every twenty pupils, so that
 * names repeat and the engine's caches answer most rows: a trust measured on them looks faster
 * than one in life. Every person is still invented: common names combined at random.
 */

/** Forenames of children of many traditions, beside the school pools' (Polish, Turkish, Yoruba, Somali …). */
export const TRUST_CHILD_FORENAMES =
  `Adrian Aleksander Antoni Filip Franciszek Igor Kamil Ksawery Maksymilian Marcel Michal Mikolaj Oskar
Patryk Stanislaw Tymon Wojciech Alicja Amelka Hanna Julia Kornelia Lena Maja Nadia Natalia Pola Weronika Zofia Andrei Bogdan Cristian
Darius Ionut Luca Mihai Radu Sorin Stefan Vlad Alexandra Bianca Daria Ioana Irina Larisa Roxana Sabina Teodora Lukas Matas Nojus
Dominykas Ugne Gabija Emilija Kamile Arda Baris Berk Can Deniz Efe Emir Kerem Mert Yusuf Zeynep Elif Ecem Defne Ela Eylul Irem Melis
Ada Ruben Sem Daan Bram Jens Finn Luuk Milan Noor Sanne Lotte Femke Fleur Anouk Jonas Leon Matteo Elias Paul Emil Lina Lea Mila Nele
Amara Ayesha Hira Iqra Mahnoor Sana Umaima Zunaira Anum Kiran Arham Hassan Haris Rayyan Saad Shayan Taha Usman Zaid Abdullah Ahmad
Arif Faisal Imran Nabil Rafiq Tahmid Nafisa Tasnim Sumaiya Nusrat Mithila Jannat Ritu Sadia Farhan Rahim Anika Aditi Aarohi Meera
Nisha Pooja Riya Shreya Tara Arjun Aryan Krish Nikhil Rahul Rishi Sai Varun Vikram Harjot Gurpreet Jaspreet Manpreet Navdeep Simran
Amritpal Harleen Jasleen Ravneet Tanveer Ayomide Damilola Funmilayo Ifeoluwa Oluwaseun Temitope Tolulope Adebayo Babatunde Olamide
Chinedu Chukwuemeka Ikenna Nnamdi Obinna Uchenna Chiamaka Ngozi Ifeoma Amarachi Ebuka Kwabena Kwaku Yaw Kojo Akosua Abena Efua Adwoa
Ama Esi Abdirahman Abdikarim Hodan Hibo Ifrah Khadra Ladan Sagal Warsan Mahad Liban Ayan Ilhan Omar Bilan Layan Rania Salma Yara
Hala Lujain Malak Nour Jana Karim Malik Nasser Samir Tamer Youssef Ziad Wei Jun Hao Ming Xin Yi Jia Mei Lin Hui Chen Zhi Bao Anh
Linh Minh Quan Thao Trang Tuan Vy Khoa Duc Huy Ngoc Phuong Tiana Kaliyah Shanice Tianna Jaheim Kareem Jermaine Marlon Rhianna
Shania Aaliyah Nia Imani Zuri Kai Ezekiel Malachi Isaiah Nehemiah Jeremiah Micah Ariella Azariah Keziah Naomi Tamara Delilah Seren
Eira Alys Carys Elin Gethin Iwan Osian Rhodri Cai Dafydd Mali Lowri Catrin Angharad Ffion Sion Tomos Alfie Ruaridh Callum Eilidh
Isla Kirsty Mhairi Morag Ailsa Catriona Fraser Hamish Innes Lachlan Murdo Struan Torin Ciaran Cillian Cormac Darragh Eoin Oisin
Padraig Ronan Saoirse Siobhan Sinead Niamh Roisin Caoimhe Clodagh Aisling Nuala Cathal Donal Fintan Tadhg Caelan Breccan Solene
Margaux Capucine Manon Ines Lou Jules Baptiste Timeo Enzo Noe Elio Aurelien Valentina Giulia Chiara Francesca Alessia Lorenzo
Giacomo Tommaso Riccardo Gabriele Leonardo Martina Beatriz Catarina Leonor Mariana Matilde Afonso Duarte Goncalo Rodrigo Tiago
Santiago Mateo Diego Alvaro Pablo Lucia Paula Carmen Marta Alba Nerea Joaquin Sergei Dmitri Artem Mikhail Anastasia Polina Vera
Yelena Oksana Taras Bohdan Kateryna Solomiya Yaroslav Anastasiya Kristina Milena Petar Luka Nikola Marko Ana Mia Sara Ema Lana`.split(
    /\s+/,
  );

/** Forenames of the parents' and staff's generation, of the same traditions. */
export const TRUST_ADULT_FORENAMES =
  `Krzysztof Piotr Tomasz Andrzej Grzegorz Marek Jaroslaw Ewa Katarzyna Malgorzata Beata Dorota Iwona Joanna
Gheorghe Constantin Ion Vasile Elena Mariana Florentina Mehmet Mustafa Hasan Huseyin Fatma Emine Hatice Ayten Hendrik Willem Pieter
Johannes Gerrit Ingrid Annelies Wilhelmina Dietmar Jurgen Wolfgang Ulrike Gisela Birgit Tariq Javed Shahid Zahid Nadeem Parveen
Nasreen Shazia Rubina Tahira Abdul Abul Mizanur Shahana Rokeya Rajesh Suresh Ramesh Sunil Anil Sunita Kavita Anita Rekha Geeta
Jaswinder Kuldeep Baljit Rajinder Harbhajan Paramjit Surinder Olusegun Oluwole Adewale Folasade Yetunde Titilayo Chukwudi Emeka
Nkechi Chinwe Kwame Kofi Akua Yaa Abdi Mohamud Farah Fadumo Hawa Asha Ahmed Khaled Mahmoud Fatima Layla Huda Wei Li Jian Xiaoming
Ying Hong Thanh Hung Hoa Lan Dung Delroy Winston Errol Clive Beverley Marcia Yvonne Paulette Hyacinth Dafydd Gwyneth Bronwen Siân
Alasdair Angus Morag Isobel Seamus Declan Brendan Dermot Bridget Siobhan Mairead Philippe Thierry Sylvie Nathalie Giuseppe Salvatore
Francesca Antonella Manuel Fernando Rosa Conceicao Jose Javier Pilar Mercedes Igor Vladimir Natalia Svetlana Goran Dragan Jasna`.split(
    /\s+/,
  );

/** Surnames of many traditions, with the school pools' common ones: drawn a little less unevenly. */
export const TRUST_SURNAMES =
  `Wozniak Kaminski Lewandowski Zielinski Szymanski Dabrowski Kozlowski Jankowski Mazur Krawczyk Piotrowski
Grabowski Pawlak Michalski Wrobel Wieczorek Jablonski Majewski Olszewski Stepien Popa Radu Stoica Stan Dumitru Dinu Munteanu
Gheorghiu Matei Lupu Constantin Serban Kazlauskas Jankauskas Petrauskas Stankevicius Vasiliauskas Zukauskas Demir Sahin Celik
Yildiz Aydin Ozdemir Arslan Dogan Kilic Aslan Cetin Kara Koc Kurt Ozkan Simsek Janssen Visser Smit Meijer Mulder Bos Vos Peters
Hendriks Dekker Brouwer Schouten Jansen Bakker Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Koch Richter Klein
Wolf Schroder Neumann Schwarz Zimmermann Braun Hofmann Hartmann Lange Werner Krause Qureshi Malik Iqbal Chaudhry Butt Raja
Mahmood Akhtar Bibi Javed Aslam Anwar Rashid Hameed Nawaz Shah Mirza Sheikh Siddiqui Haque Hossain Karim Sarkar Begum Talukdar
Mondal Bhuiyan Rahim Alam Sultana Akter Sharma Verma Gupta Mehta Joshi Kumar Nair Reddy Rao Desai Shah Pillai Iyer Menon Chopra
Kapoor Malhotra Bhatia Sandhu Sidhu Gill Dhillon Grewal Bains Johal Sahota Virdi Bassi Atwal Adeleke Adebayo Afolabi Ogunleye
Oladipo Olawale Bankole Adewumi Akinola Okonkwo Nwosu Eze Obi Okeke Onyeka Nnadi Chukwu Ibe Asante Owusu Appiah Darko Ofori
Amoah Agyeman Boakye Frimpong Hassan Mohamed Abdi Warsame Farah Yusuf Ismail Jama Hirsi Nur Aden Haddad Khalil Mansour Nasser
Saleh Hamdan Khoury Rahmani Aziz Habib Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Wu Zhu Lin Tran Le Pham Hoang Phan Vu Dang
Bui Do Ho Ngo Duong Ly Campbell Thompson Grant Brown Forbes Henry Bailey Francis Clarke Samuels Reid Gayle Ellis Walcott Morgan
Pryce Pritchard Prosser Bevan Llewellyn Vaughan Meredith Powell Howells Griffith Jenkins Parry Lloyd Mackenzie Macleod Macdonald
Fraser Sutherland Ross Munro Cameron Robertson Stewart Grant Murray Ferguson Mcintosh Macpherson Duffy Gallagher Doherty Brennan
Byrne Kavanagh Nolan Quinn Sheridan Flanagan Donnelly Hennessy Mccarthy Mcmahon Moran Rourke Dubois Lambert Fontaine Girard Mercier
Bonnet Rousseau Leclerc Garnier Faure Esposito Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini Ferreira Oliveira Rodrigues
Martins Sousa Fernandes Goncalves Lopes Marques Garcia Fernandez Gonzalez Lopez Martinez Sanchez Perez Gomez Ruiz Ivanov Smirnov
Kuznetsov Popov Sokolov Volkov Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Horvath Kovacs Nagy Szabo Toth Varga Dvorak
Novotny Svoboda Cerny Prochazka Jovanovic Petrovic Nikolic Markovic Dordevic`.split(/\s+/);

const SURNAME_HEADS =
  `Alder Ames Ard Bark Beck Birch Bland Bolt Bram Brig Burn Cald Carr Chil Clay Crom Dal Dean Dent Dun Eden Elm
Fal Farn Fell Gar Gold Grim Hay Heath Hing Holm Horn Hun Kir Lark Lay Ling Lox Marl Mere Mill Moss Nab Ox Pad Pike Pol Rad Rams Roth
Sand Shep Ship Skel Stain Stock Ted Thurl Tod Tun Wal Wark Wel Wig Wolver Wrag`.split(/\s+/);
const SURNAME_TAILS =
  'by ford ham ley ton wood worth field well stone combe dale hurst more wick bury shaw thwaite croft gate hill'.split(
    /\s+/,
  );

/** More invented English-looking surnames (Aldergate, Heathcombe …), beside the school pools' long tail. */
export const TRUST_RARE_SURNAMES = SURNAME_HEADS.flatMap((head) => SURNAME_TAILS.map((tail) => head + tail));

/**
 * A surname: a common one (of the school pools' and these) 45 % of the time, skewed less than a
 * school's so that Smith is about 1 % of the trust, else one of the long tail.
 */
export function trustSurname(rnd, common, rare) {
  return rnd.chance(0.45) ? common[Math.floor(common.length * rnd.next() ** 1.6)] : rnd.pick(rare);
}
